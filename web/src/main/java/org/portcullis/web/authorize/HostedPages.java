package org.portcullis.web.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the hosted pages (sign-in, consent, logout, errors) from HTML templates beside this class
 * and the texts of {@code Messages.properties}. Templates know four forms: {@code {{name}}} (a
 * model value, HTML-escaped), {@code {{msg.key}}} (a message, escaped), {@code {{{name}}}} (markup
 * the caller built from escaped parts) and {@code {{#name}}...{{/name}}} (kept only when the model
 * value is not empty). Pages are never cached, load nothing but the platform's own stylesheet, and
 * may only post forms to the platform and, where the flow continues there, to the client's origin
 * (Content-Security-Policy).
 */
@ApplicationScoped
public class HostedPages {

  private static final Pattern SECTION =
      Pattern.compile("\\{\\{#(\\w+)}}(.*?)\\{\\{/\\1}}", Pattern.DOTALL);
  private static final Pattern VALUE = Pattern.compile("\\{\\{([\\w.-]+)}}");
  private static final Pattern RAW = Pattern.compile("\\{\\{\\{(\\w+)}}}");

  private final Map<String, String> templates = new ConcurrentHashMap<>();

  private final ResourceBundle messages =
      ResourceBundle.getBundle("org.portcullis.web.authorize.Messages");

  /**
   * The page as a response.
   *
   * @param formTarget where a form's submission may end up besides the platform (the client's
   *     redirect URI), or null
   */
  public Response.ResponseBuilder render(
      int status, String page, Map<String, String> model, URI formTarget) {
    String body = fill(template(page), model);
    String html =
        fill(template("layout"), Map.of("title", title(page))).replace("<!--body-->", body);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .header("Content-Security-Policy", policy(formTarget))
        .entity(html(page, model));
  }

  /** The page's HTML. */
  String html(String page, Map<String, String> model) {
    String body = fill(template(page), model);
    return fill(template("layout"), Map.of("title", title(page))).replace("<!--body-->", body);
  }

  /** A page that says what went wrong, with no way back to a client that cannot be trusted. */
  public Response.ResponseBuilder error(int status, String message) {
    return render(status, "error", Map.of("message", message), null);
  }

  /** A message of the bundle, unescaped. */
  public String message(String key) {
    return messages.containsKey(key) ? messages.getString(key) : key;
  }

  private String title(String page) {
    return messages.getString(page + ".title");
  }

  private String fill(String template, Map<String, String> model) {
    Matcher sections = SECTION.matcher(template);
    StringBuilder kept = new StringBuilder();
    while (sections.find()) {
      String value = model.get(sections.group(1));
      sections.appendReplacement(
          kept,
          Matcher.quoteReplacement(value == null || value.isEmpty() ? "" : sections.group(2)));
    }
    sections.appendTail(kept);
    Matcher raws = RAW.matcher(kept);
    StringBuilder unescaped = new StringBuilder();
    while (raws.find()) {
      raws.appendReplacement(
          unescaped, Matcher.quoteReplacement(model.getOrDefault(raws.group(1), "")));
    }
    raws.appendTail(unescaped);
    Matcher values = VALUE.matcher(unescaped);
    StringBuilder filled = new StringBuilder();
    while (values.find()) {
      String name = values.group(1);
      String value =
          name.startsWith("msg.")
              ? messages.getString(name.substring(4))
              : model.getOrDefault(name, "");
      values.appendReplacement(filled, Matcher.quoteReplacement(escape(value)));
    }
    values.appendTail(filled);
    return filled.toString();
  }

  private String template(String page) {
    return templates.computeIfAbsent(page, HostedPages::load);
  }

  private static String load(String page) {
    try (InputStream in = HostedPages.class.getResourceAsStream("pages/" + page + ".html")) {
      if (in == null) {
        throw new IllegalStateException("No page template " + page);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String policy(URI formTarget) {
    String formAction = "'self'";
    if (formTarget != null
        && formTarget.getScheme() != null
        && formTarget.getRawAuthority() != null) {
      // Browsers apply form-action to the redirect that follows a submission.
      formAction += " " + formTarget.getScheme() + "://" + formTarget.getRawAuthority();
    }
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action "
        + formAction
        + "; frame-ancestors 'none'; base-uri 'none'";
  }

  /** HTML escaping for text and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
