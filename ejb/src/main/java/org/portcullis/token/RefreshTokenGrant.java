package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.directory.User;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.session.SsoSession;
import org.portcullis.session.SsoSessions;
import org.portcullis.tenant.Issuer;

/**
 * The {@code refresh_token} grant (RFC 6749 §6): the token is rotated on every use (RFC 9700
 * §4.14.2), the new access token may have a narrower scope, and a token bound to an SSO session
 * works only while the session does.
 */
@ApplicationScoped
public class RefreshTokenGrant implements GrantHandler {

  @Inject private RefreshTokens refreshTokens;

  @Inject private SsoSessions sessions;

  @Inject private UserTokens tokens;

  @Override
  public GrantType grantType() {
    return GrantType.REFRESH_TOKEN;
  }

  @Override
  public TokenResponse handle(Issuer issuer, OAuthClient client, TokenRequest request) {
    String token = AuthorizationCodeGrant.required(request, "refresh_token");
    Scope requested = requestedScope(request);
    RefreshTokens.Rotation rotation = refreshTokens.rotate(token, client.clientId());
    if (!rotation.succeeded()) {
      throw new OAuthException(OAuthError.INVALID_GRANT, rotation.refusal());
    }
    RefreshGrant grant = rotation.grant();
    if (!grant.offline()
        && sessions.byId(grant.signIn().sessionId()).filter(SsoSession::isActive).isEmpty()) {
      throw new OAuthException(OAuthError.INVALID_GRANT, "The sign-in session has ended");
    }
    Scope scope = requested == null ? grant.scope() : requested;
    // RFC 6749 §6: the scope may narrow, never widen.
    if (!scope.isSubsetOf(grant.scope())) {
      throw new OAuthException(OAuthError.INVALID_SCOPE, "The scope exceeds what was granted");
    }
    User user = tokens.activeUser(grant.userId());
    UserTokens.Minted minted =
        tokens.mint(issuer, client, user, scope, grant.resources(), grant.signIn(), null, true);
    refreshTokens.recordAccessToken(rotation.next().token(), minted.accessToken());
    return new TokenResponse(
        minted.accessToken().value(),
        client.accessTokenLifetime(),
        scope,
        rotation.next().token(),
        minted.idToken());
  }

  private static Scope requestedScope(TokenRequest request) {
    try {
      return request.single("scope").map(Scope::parse).orElse(null);
    } catch (IllegalArgumentException malformed) {
      throw new OAuthException(OAuthError.INVALID_SCOPE, "The scope is malformed");
    }
  }
}
