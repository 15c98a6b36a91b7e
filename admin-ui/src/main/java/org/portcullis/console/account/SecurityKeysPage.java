package org.portcullis.console.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.portcullis.console.signin.ConsoleAddresses;
import org.portcullis.console.signin.ConsoleIdentity;
import org.portcullis.platform.PortcullisException;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;
import org.portcullis.webauthn.SecurityKey;
import org.portcullis.webauthn.SecurityKeys;
import org.primefaces.PrimeFaces;

/**
 * The security keys and passkeys on the account page: add one (a WebAuthn registration run by the
 * page's script with the options this bean hands it), name, rename and remove. Adding or removing
 * needs a sign-in less than five minutes old, like every second factor.
 */
@Named
@ViewScoped
public class SecurityKeysPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleIdentity identity;

  @Inject private TenantScope scope;

  @Inject private SecurityKeys keys;

  @Inject private SecondFactorsPage secondFactors;

  private List<Row> rows = List.of();
  private String keyName;
  private String ceremony;
  private final java.util.Map<String, String> renames = new java.util.HashMap<>();

  /** A key as the page lists it. */
  public record Row(
      String id, String nickname, String kind, String created, String lastUsed, boolean flagged) {

    static Row of(SecurityKey key) {
      return new Row(
          key.id(),
          key.nickname(),
          key.authenticatorName()
              .orElse(
                  SecondFactorsPage.message(
                      key.backupEligible()
                          ? "securityKeys.kind.passkey"
                          : "securityKeys.kind.key")),
          key.createdAt().toString(),
          key.lastUsedAt()
              .map(Object::toString)
              .orElse(SecondFactorsPage.message("securityKeys.never")),
          key.flaggedAt().isPresent());
    }
  }

  @PostConstruct
  void read() {
    enterTenant();
    rows = keys.of(identity.getUserId()).stream().map(Row::of).toList();
    renames.clear();
    rows.forEach(row -> renames.put(row.id(), row.nickname()));
  }

  /** Begins a registration; the page's script gets the options through {@code args}. */
  public void begin() {
    if (!recent()) {
      return;
    }
    enterTenant();
    Optional<String> site = site();
    if (site.isEmpty()) {
      SecondFactorsPage.inform(FacesMessage.SEVERITY_ERROR, "securityKeys.noBaseUrl");
      return;
    }
    SecurityKeys.Begun begun =
        keys.beginRegistration(
            identity.getUserId(), identity.getUserName(), identity.getUserName(), site.get());
    ceremony = begun.ceremonyId();
    PrimeFaces.current().ajax().addCallbackParam("options", begun.optionsJson());
  }

  /** Completes the registration with the browser's credential (request parameter). */
  public void finish() {
    if (!recent()) {
      return;
    }
    enterTenant();
    String credential =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("credential");
    String begun = ceremony;
    ceremony = null;
    if (credential == null || credential.isBlank() || begun == null) {
      SecondFactorsPage.inform(FacesMessage.SEVERITY_ERROR, "securityKeys.browserFailed");
      return;
    }
    try {
      SecurityKeys.Enrolled enrolled =
          keys.finishRegistration(identity.getUserId(), begun, credential, keyName, site().get());
      if (enrolled.refusal().isPresent()) {
        error(enrolled.refusal().get());
        return;
      }
    } catch (PortcullisException invalid) {
      error(invalid.getMessage());
      return;
    }
    keyName = null;
    SecondFactorsPage.inform(FacesMessage.SEVERITY_INFO, "securityKeys.added");
    read();
  }

  /** The browser could not create a credential (cancelled, or no authenticator). */
  public void browserFailed() {
    ceremony = null;
    SecondFactorsPage.inform(FacesMessage.SEVERITY_ERROR, "securityKeys.browserFailed");
  }

  public void rename(Row row) {
    enterTenant();
    try {
      keys.rename(identity.getUserId(), row.id(), renames.get(row.id()));
      SecondFactorsPage.inform(FacesMessage.SEVERITY_INFO, "securityKeys.renamed");
    } catch (PortcullisException invalid) {
      error(invalid.getMessage());
    }
    read();
  }

  public void remove(Row row) {
    if (!recent()) {
      return;
    }
    enterTenant();
    keys.remove(identity.getUserId(), row.id());
    SecondFactorsPage.inform(FacesMessage.SEVERITY_INFO, "securityKeys.removed");
    read();
  }

  private Optional<String> site() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    // Read here, not injected: a view-scoped bean may only hold passivation-capable dependencies.
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("portcullis.public.base.url", String.class);
    return ConsoleAddresses.of(request, configured).map(ConsoleAddresses::base);
  }

  private boolean recent() {
    return secondFactors.refuseUnlessRecent();
  }

  private void enterTenant() {
    scope.enter(new TenantId(identity.getTenant()));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The names typed in the rename fields, by key id. */
  public java.util.Map<String, String> getRenames() {
    return renames;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }
}
