package org.portcullis.token;

import java.time.Instant;

/**
 * A signed token and what is needed to revoke it later: its {@code jti} and expiry. {@link
 * #toString} never shows the token.
 */
public record MintedToken(String value, String jti, Instant expiresAt) {

  @Override
  public String toString() {
    return "MintedToken[jti=" + jti + ", expiresAt=" + expiresAt + "]";
  }
}
