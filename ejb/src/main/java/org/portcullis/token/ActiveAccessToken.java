package org.portcullis.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.client.Scope;

/**
 * What an active access token says, as introspection answers it (RFC 7662 §2.2). {@link #toString}
 * names only its {@code jti}.
 *
 * @param username the {@code upn}: the user's userName, or the client id in a client's own token
 */
public record ActiveAccessToken(
    String issuer,
    String subject,
    String clientId,
    Optional<String> username,
    Scope scope,
    List<String> audience,
    Instant issuedAt,
    Instant expiresAt,
    String jwtId) {

  public ActiveAccessToken {
    audience = List.copyOf(audience);
  }

  /** Always {@code Bearer} (RFC 6750), the {@code token_type} of RFC 7662 §2.2. */
  public String tokenType() {
    return "Bearer";
  }

  @Override
  public String toString() {
    return "ActiveAccessToken[jti=" + jwtId + "]";
  }
}
