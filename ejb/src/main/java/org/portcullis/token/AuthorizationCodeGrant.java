package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.directory.User;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/**
 * The {@code authorization_code} grant (RFC 6749 §4.1.3, RFC 7636 §4.5): a code redeemed once, by
 * the client it was issued to, with the same redirect URI and the PKCE verifier. It returns an
 * access token, an ID token with {@code openid}, and a refresh token when the client is registered
 * for the {@code refresh_token} grant (contract).
 */
@ApplicationScoped
public class AuthorizationCodeGrant implements GrantHandler {

  /** The scope that makes a refresh token outlive the SSO session (OpenID Connect Core §11). */
  public static final String OFFLINE_ACCESS = "offline_access";

  @Inject private AuthorizationCodes codes;

  @Inject private RefreshTokens refreshTokens;

  @Inject private UserTokens tokens;

  @Override
  public GrantType grantType() {
    return GrantType.AUTHORIZATION_CODE;
  }

  @Override
  public TokenResponse handle(Issuer issuer, OAuthClient client, TokenRequest request) {
    String code = required(request, "code");
    // OAuth 2.1 / OpenID Connect: every authorization request names its redirect URI.
    String redirectUri = required(request, "redirect_uri");
    AuthorizationCodes.Redemption redemption =
        codes.redeem(
            code, client.clientId(), redirectUri, request.single("code_verifier").orElse(null));
    if (!redemption.succeeded()) {
      throw new OAuthException(OAuthError.INVALID_GRANT, redemption.refusal());
    }
    CodeGrant grant = redemption.grant();
    User user = tokens.activeUser(grant.userId());
    RefreshTokens.Issued refresh =
        client.allows(GrantType.REFRESH_TOKEN)
            ? refreshTokens.issue(
                new RefreshGrant(
                    grant.clientId(),
                    grant.userId(),
                    grant.scope(),
                    grant.resources(),
                    grant.signIn(),
                    grant.scope().contains(OFFLINE_ACCESS)))
            : null;
    UserTokens.Minted minted =
        tokens.mint(
            issuer,
            client,
            user,
            grant.scope(),
            grant.resources(),
            grant.signIn(),
            grant.nonce(),
            false);
    codes.recordIssued(code, minted.accessToken(), refresh == null ? null : refresh.familyId());
    if (refresh != null) {
      refreshTokens.recordAccessToken(refresh.token(), minted.accessToken());
    }
    return new TokenResponse(
        minted.accessToken().value(),
        client.accessTokenLifetime(),
        grant.scope(),
        refresh == null ? null : refresh.token(),
        minted.idToken());
  }

  static String required(TokenRequest request, String name) {
    return request
        .single(name)
        .orElseThrow(() -> new OAuthException(OAuthError.INVALID_REQUEST, name + " is missing"));
  }
}
