package org.portcullis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A checked token is remembered no longer than its check would pass, and the memory is bounded. */
class VerifiedTokensTest {

  private static final String ISSUER = "https://idp.test/t/acme";

  private final Instant now = Instant.parse("2026-01-31T12:00:00Z");
  private final JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID("j1").build();
  private final VerifiedTokens tokens = new VerifiedTokens();

  @Test
  void aCheckedTokenIsKnownWithTheIssuerItWasCheckedFor() {
    tokens.put("t1", ISSUER, claims, now.plusSeconds(60), now);
    var known = tokens.get("t1", now.plusSeconds(59)).orElseThrow();
    assertEquals(ISSUER, known.issuer());
    assertEquals("j1", known.claims().getJWTID());
    assertTrue(tokens.get("t2", now).isEmpty(), "another token was never checked");
  }

  @Test
  void anEntryEndsWhenTheCheckWouldFail() {
    tokens.put("t1", ISSUER, claims, now.plusSeconds(60), now);
    assertTrue(tokens.get("t1", now.plusSeconds(60)).isEmpty());
    assertTrue(tokens.get("t1", now).isEmpty(), "and it is gone");
  }

  @Test
  void anEntryLivesAtMostTheMaximumAge() {
    tokens.put("t1", ISSUER, claims, now.plusSeconds(3600), now);
    assertTrue(tokens.get("t1", now.plusSeconds(VerifiedTokens.MAX_AGE_SECONDS - 1)).isPresent());
    assertFalse(tokens.get("t1", now.plusSeconds(VerifiedTokens.MAX_AGE_SECONDS)).isPresent());
  }

  @Test
  void anExpiredTokenIsNotRemembered() {
    tokens.put("t1", ISSUER, claims, now, now);
    assertTrue(tokens.get("t1", now.minusSeconds(1)).isEmpty());
  }

  @Test
  void theMemoryIsBounded() {
    for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
      tokens.put("t" + i, ISSUER, claims, now.plusSeconds(60), now);
    }
    assertTrue(tokens.get("t" + VerifiedTokens.MAX_ENTRIES, now).isPresent());
    assertTrue(tokens.get("t0", now).isEmpty(), "started over when full");
  }
}
