package org.portcullis.token;

import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.tenant.Issuer;

/**
 * One grant type's rules at the token endpoint. Implementations are CDI beans; {@link TokenService}
 * picks the one whose {@link #grantType()} the request names, after it has authenticated the client
 * and checked that the client may use that grant.
 */
public interface GrantHandler {

  GrantType grantType();

  /**
   * Answers the request or throws an {@link org.portcullis.platform.OAuthException}.
   *
   * @param issuer the tenant's issuer, the {@code iss} of what is issued
   * @param client the authenticated client, registered for {@link #grantType()}
   */
  TokenResponse handle(Issuer issuer, OAuthClient client, TokenRequest request);
}
