package org.portcullis.token;

import java.time.Duration;
import org.portcullis.client.Scope;

/** A successful token response (RFC 6749 §5.1). {@link #toString} never shows the token. */
public record TokenResponse(String accessToken, Duration expiresIn, Scope scope) {

  /** Always {@code Bearer} (RFC 6750). */
  public String tokenType() {
    return "Bearer";
  }

  @Override
  public String toString() {
    return "TokenResponse[accessToken=***, expiresIn=" + expiresIn + ", scope=" + scope + "]";
  }
}
