package org.portcullis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A denylist entry lives as long as its token could still be accepted, and no longer. */
class RevokedTokenTest {

  private final Instant now = Instant.parse("2026-01-31T12:00:00Z");
  private final Instant exp = now.plusSeconds(300);

  @Test
  void aRevokedTokenIsDeniedUntilItsExpiryPlusTheVerifiersClockSkew() {
    RevokedToken revoked = new RevokedToken("jti-1", exp, now);
    assertEquals(exp.plus(AccessTokenVerifier.CLOCK_SKEW), revoked.inForceUntil());
    assertTrue(revoked.isInForce(now));
    assertTrue(revoked.isInForce(exp), "still accepted as unexpired within the skew");
    assertTrue(revoked.isInForce(exp.plus(AccessTokenVerifier.CLOCK_SKEW).minusMillis(1)));
  }

  @Test
  void anEntryOutlivingItsTokenIsNoLongerInForce() {
    RevokedToken revoked = new RevokedToken("jti-1", exp, now);
    assertFalse(revoked.isInForce(exp.plus(AccessTokenVerifier.CLOCK_SKEW)));
    assertFalse(revoked.isInForce(exp.plus(Duration.ofDays(1))));
  }

  @Test
  void aJtiIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> new RevokedToken("", exp, now));
    assertThrows(IllegalArgumentException.class, () -> new RevokedToken("x".repeat(256), exp, now));
  }
}
