package org.portcullis.console.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.client.ConsoleClients;

/**
 * Signs out of the console and of the tenant's SSO session: the console session ends, then the
 * browser goes to the tenant's end-session endpoint with the ID token as hint, which ends the SSO
 * session (and tells the tenant's other clients) and returns to the console's start page.
 */
@Named
@RequestScoped
public class SignOut {

  @Inject private ConsoleIdentity identity;

  @Inject
  @ConfigProperty(name = "portcullis.public.base.url")
  private Optional<String> publicBaseUrl;

  /** The sign-out button's action (a Faces POST, so a link elsewhere cannot trigger it). */
  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String tenant = identity.getTenant();
    String idToken = identity.idToken();
    external.invalidateSession();
    Optional<ConsoleAddresses> addresses = ConsoleAddresses.of(request, publicBaseUrl);
    if (tenant == null || idToken == null || addresses.isEmpty()) {
      external.redirect(external.getRequestContextPath() + "/");
      return;
    }
    external.redirect(
        addresses.get().issuer(tenant)
            + "/logout?client_id="
            + ConsoleClients.ID
            + "&id_token_hint="
            + idToken
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(addresses.get().signedOut(), StandardCharsets.UTF_8));
  }
}
