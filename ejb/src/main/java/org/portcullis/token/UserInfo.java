package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/**
 * The userinfo endpoint (OpenID Connect Core §5.3): the claims about the token's user that its
 * scope releases. The access token must be valid, of this tenant, granted {@code openid}, and for a
 * user who is still active.
 */
@ApplicationScoped
public class UserInfo {

  @Inject private AccessTokenVerifier verifier;

  @Inject private UserDirectory users;

  @Inject private UserInfoClaims claims;

  /**
   * @throws OAuthException {@code invalid_token} (RFC 6750 §3.1) or {@code insufficient_scope}
   */
  public Map<String, Object> of(String accessToken, Issuer issuer) {
    VerifiedAccessToken token =
        verifier
            .verify(accessToken, issuer)
            .orElseThrow(
                () ->
                    new OAuthException(OAuthError.INVALID_TOKEN, "The access token is not valid"));
    if (!token.scope().contains("openid")) {
      throw new OAuthException(
          OAuthError.INSUFFICIENT_SCOPE, "The access token lacks the openid scope");
    }
    User user =
        users
            .find(token.subject())
            .filter(User::isActive)
            .orElseThrow(
                () ->
                    new OAuthException(OAuthError.INVALID_TOKEN, "The token's user is not active"));
    return claims.of(user, token.scope());
  }
}
