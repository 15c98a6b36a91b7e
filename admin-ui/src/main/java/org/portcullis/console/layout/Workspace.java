package org.portcullis.console.layout;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.portcullis.audit.AuditContext;
import org.portcullis.console.signin.ConsoleAddresses;
import org.portcullis.console.signin.ConsoleIdentity;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.Tenant;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;

/**
 * The tenant an admin page works in, fixed when the view opens: the {@code tenant} parameter (which
 * {@code ConsoleSignIn} already checked against the signed-in identity), or the identity's own
 * tenant. Before every service call a page {@link #enter}s it: the tenant scope is set and the
 * audit trail learns the acting admin (the user's id in its own tenant, {@code issuer/id} in
 * another, as the admin REST API names a platform admin's client). Platform admins switch tenants
 * here too.
 */
@Named
@ViewScoped
public class Workspace implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Tenants the switcher suggests at once. */
  static final int SUGGESTIONS = 20;

  @Inject private ConsoleIdentity identity;

  @Inject private TenantScope scope;

  @Inject private AuditContext audit;

  @Inject private TenantRegistry tenants;

  private String tenant;
  private String actor;
  private String issuer;
  private String switchTo;

  @PostConstruct
  void open() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String named = external.getRequestParameterMap().get("tenant");
    tenant =
        named != null && TenantId.isValid(named) && identity.mayEnter(named)
            ? named
            : identity.getTenant();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // Read here, not injected: a view-scoped bean may only hold passivation-capable dependencies.
    Optional<String> publicBaseUrl =
        ConfigProvider.getConfig().getOptionalValue("portcullis.public.base.url", String.class);
    Optional<ConsoleAddresses> addresses = ConsoleAddresses.of(request, publicBaseUrl);
    issuer = addresses.map(a -> a.issuer(tenant)).orElse(null);
    String own = addresses.map(a -> a.issuer(identity.getTenant())).orElse(identity.getTenant());
    actor =
        tenant.equals(identity.getTenant())
            ? identity.getUserId()
            : own + "/" + identity.getUserId();
  }

  /** Enters the page's tenant for the rest of this request, with the admin as the audit actor. */
  public void enter() {
    scope.enter(new TenantId(tenant));
    audit.identify(actor);
    audit.connectedFrom(
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getRemoteAddr());
  }

  /** The issuer of the page's tenant, when the console knows its public address. */
  public Optional<Issuer> issuer() {
    return Optional.ofNullable(issuer).map(Issuer::new);
  }

  /** The tenant switcher's suggestions: tenant ids that start with what was typed. */
  public List<String> completeTenant(String typed) {
    scope.enter(TenantId.SYSTEM);
    return tenants.search(typed, new PageRequest(0, SUGGESTIONS)).items().stream()
        .map(Tenant::id)
        .map(TenantId::value)
        .toList();
  }

  /** Opens the same page in the tenant chosen in the switcher. */
  public void switchTenant() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (switchTo == null || !TenantId.isValid(switchTo.strip())) {
      Messages.error("layout.switcher.invalid");
      return;
    }
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    external.redirect(
        external.getRequestContextPath()
            + viewId
            + "?tenant="
            + URLEncoder.encode(switchTo.strip(), StandardCharsets.UTF_8));
  }

  public String getTenant() {
    return tenant;
  }

  /** Whether the page works in another tenant than the admin's own. */
  public boolean isElsewhere() {
    return !tenant.equals(identity.getTenant());
  }

  public String getSwitchTo() {
    return switchTo;
  }

  public void setSwitchTo(String switchTo) {
    this.switchTo = switchTo;
  }
}
