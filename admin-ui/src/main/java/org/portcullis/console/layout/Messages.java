package org.portcullis.console.layout;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.portcullis.platform.PortcullisException;

/**
 * Faces messages from the console's bundle: a page reports what it did, or why a service refused. A
 * refusal ({@link PortcullisException}) is shown by its problem type's key {@code problem.<name>}
 * with the service's detail as {@code {0}} (details never hold a secret).
 */
public final class Messages {

  static final String BUNDLE = "org.portcullis.console.messages";

  private Messages() {}

  /** The bundle's text for {@code key}, formatted with {@code values}. */
  public static String text(String key, Object... values) {
    String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
    return values.length == 0 ? pattern : MessageFormat.format(pattern, values);
  }

  public static void info(String key, Object... values) {
    add(FacesMessage.SEVERITY_INFO, text(key, values));
  }

  public static void error(String key, Object... values) {
    add(FacesMessage.SEVERITY_ERROR, text(key, values));
  }

  /** Tells why a service refused. */
  public static void refused(PortcullisException refusal) {
    String name = refusal.problemType().name();
    String text;
    try {
      text = text("problem." + name, refusal.getMessage());
    } catch (MissingResourceException unnamed) {
      text = text("problem.other", refusal.getMessage());
    }
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
