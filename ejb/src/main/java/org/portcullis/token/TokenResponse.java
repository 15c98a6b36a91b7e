package org.portcullis.token;

import java.time.Duration;
import java.util.Optional;
import org.portcullis.client.Scope;

/**
 * A successful token response (RFC 6749 §5.1): an access token and, from the authorization code and
 * refresh token grants, a refresh token and an ID token (OpenID Connect Core §3.1.3.3). {@link
 * #toString} never shows a token.
 *
 * @param refreshToken null when none is issued
 * @param idToken null when none is issued (no {@code openid} scope)
 */
public record TokenResponse(
    String accessToken, Duration expiresIn, Scope scope, String refreshToken, String idToken) {

  /** An access token alone. */
  public TokenResponse(String accessToken, Duration expiresIn, Scope scope) {
    this(accessToken, expiresIn, scope, null, null);
  }

  /** Always {@code Bearer} (RFC 6750). */
  public String tokenType() {
    return "Bearer";
  }

  public Optional<String> refreshTokenIfAny() {
    return Optional.ofNullable(refreshToken);
  }

  public Optional<String> idTokenIfAny() {
    return Optional.ofNullable(idToken);
  }

  @Override
  public String toString() {
    return "TokenResponse[accessToken=***, expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + ", refreshToken="
        + (refreshToken == null ? "none" : "***")
        + ", idToken="
        + (idToken == null ? "none" : "***")
        + "]";
  }
}
