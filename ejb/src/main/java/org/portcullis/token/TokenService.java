package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.portcullis.client.GrantType;
import org.portcullis.client.GuardedClientAuthentication;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.PresentedCredentials;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/** The token endpoint of the tenant in scope (RFC 6749 §3.2). */
@ApplicationScoped
public class TokenService {

  @Inject private GuardedClientAuthentication clients;

  @Inject @Any private Instance<GrantHandler> handlers;

  /**
   * Authenticates the client, then lets the handler of the requested grant answer.
   *
   * @throws OAuthException with the RFC 6749 §5.2 error for whatever is wrong
   */
  public TokenResponse exchange(
      Issuer issuer, PresentedCredentials credentials, TokenRequest request) {
    String grantName =
        request
            .single("grant_type")
            .orElseThrow(
                () -> new OAuthException(OAuthError.INVALID_REQUEST, "grant_type is missing"));
    OAuthClient client = clients.authenticate(issuer, credentials);
    GrantHandler handler =
        GrantType.fromValue(grantName).flatMap(this::handlerFor).orElseThrow(() -> unsupported());
    // RFC 6749 §5.2: a client may use only the grants it is registered for.
    if (!client.allows(handler.grantType())) {
      throw new OAuthException(
          OAuthError.UNAUTHORIZED_CLIENT, "The client may not use the grant " + grantName);
    }
    return handler.handle(issuer, client, request);
  }

  private java.util.Optional<GrantHandler> handlerFor(GrantType grantType) {
    return handlers.stream().filter(h -> h.grantType() == grantType).findFirst();
  }

  private static OAuthException unsupported() {
    return new OAuthException(
        OAuthError.UNSUPPORTED_GRANT_TYPE, "This grant type is not supported");
  }
}
