package org.portcullis.token;

import java.time.Instant;
import java.util.Set;
import org.portcullis.client.Scope;

/** An access token whose signature, issuer and lifetime have been checked. */
public record VerifiedAccessToken(
    String subject,
    String clientId,
    Scope scope,
    Set<String> groups,
    String jwtId,
    Instant expiresAt) {

  public VerifiedAccessToken {
    groups = Set.copyOf(groups);
  }
}
