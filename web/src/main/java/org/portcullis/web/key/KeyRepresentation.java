package org.portcullis.web.key;

import java.time.Instant;
import org.portcullis.key.SigningKey;

/**
 * A signing key as the admin API shows it: public facts only, never key material. Its status and
 * instants are read at {@code now}: {@code activatesAt} lies ahead for a {@code NEXT} key and
 * behind for the others; {@code retiredAt} and {@code expiresAt} are null until a successor is
 * scheduled.
 */
public record KeyRepresentation(
    String kid,
    String alg,
    String status,
    String createdAt,
    String activatesAt,
    String retiredAt,
    String expiresAt) {

  static KeyRepresentation of(SigningKey key, Instant now) {
    return new KeyRepresentation(
        key.kid(),
        key.algorithm().getName(),
        key.statusAt(now).name(),
        key.createdAt().toString(),
        key.activatesAt().toString(),
        key.retiresAt().map(Instant::toString).orElse(null),
        key.expiresAt().map(Instant::toString).orElse(null));
  }
}
