package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.client.OAuthClient;
import org.portcullis.tenant.Issuer;

/**
 * Refresh tokens at the revocation endpoint (RFC 7009 §2.1): revoking one revokes its family and
 * the access tokens the family issued ("all access tokens based on the same authorization grant").
 */
@ApplicationScoped
public class RefreshTokenRevocation implements RevocableTokens {

  public static final String HINT = "refresh_token";

  @Inject private RefreshTokens refreshTokens;

  @Override
  public String typeHint() {
    return HINT;
  }

  @Override
  public Result revoke(Issuer issuer, String token, OAuthClient client) {
    return refreshTokens.revoke(token, client.clientId());
  }
}
