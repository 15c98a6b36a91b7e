package org.portcullis.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A key's life read from its instants, and the guards on changing them. */
class SigningKeyTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration RETENTION = RotationPolicy.DEFAULT.retention();

  @Test
  void statusFollowsTheInstantsNextActiveRetired() {
    SigningKey key = KeyRingTest.unsealedKey(SigningAlgorithm.ES256, T0, T0.plusSeconds(300));
    assertEquals(KeyStatus.NEXT, key.statusAt(T0));
    assertEquals(KeyStatus.ACTIVE, key.statusAt(T0.plusSeconds(300)));
    key.retireAt(T0.plusSeconds(1000), RETENTION);
    assertEquals(KeyStatus.ACTIVE, key.statusAt(T0.plusSeconds(999)));
    assertEquals(KeyStatus.RETIRED, key.statusAt(T0.plusSeconds(1000)));
    assertEquals(Optional.of(T0.plusSeconds(1000).plus(RETENTION)), key.expiresAt());
  }

  @Test
  void aKeyCannotSignBeforeItIsPublishedNorRetireBeforeItActivates() {
    assertThrows(
        IllegalArgumentException.class,
        () -> KeyRingTest.unsealedKey(SigningAlgorithm.ES256, T0, T0.minusSeconds(1)));
    SigningKey key = KeyRingTest.unsealedKey(SigningAlgorithm.ES256, T0, T0.plusSeconds(300));
    assertThrows(IllegalArgumentException.class, () -> key.retireAt(T0, RETENTION));
  }

  @Test
  void retirementOnlyMovesEarlier() {
    SigningKey key = KeyRingTest.unsealedKey(SigningAlgorithm.ES256, T0, T0);
    key.retireAt(T0.plusSeconds(100), RETENTION);
    key.retireAt(T0.plusSeconds(500), RETENTION);
    assertEquals(Optional.of(T0.plusSeconds(100)), key.retiresAt());
    key.retireAt(T0.plusSeconds(50), RETENTION);
    assertEquals(Optional.of(T0.plusSeconds(50)), key.retiresAt());
  }

  @Test
  void onlyAWaitingKeyCanBeActivatedEarlier() {
    SigningKey key = KeyRingTest.unsealedKey(SigningAlgorithm.ES256, T0, T0.plusSeconds(300));
    key.activateEarlier(T0.plusSeconds(10));
    assertEquals(KeyStatus.ACTIVE, key.statusAt(T0.plusSeconds(10)));
    assertThrows(IllegalStateException.class, () -> key.activateEarlier(T0.plusSeconds(20)));
  }

  @Test
  void aKeyExpiresOnlyOnceRetired() {
    SigningKey key = KeyRingTest.unsealedKey(SigningAlgorithm.ES256, T0, T0);
    assertFalse(key.isExpiredAt(T0.plus(Duration.ofDays(10_000))));
    key.retireAt(T0, RETENTION);
    assertTrue(key.isExpiredAt(T0.plus(RETENTION)));
  }

  @Test
  void rs256KeysAre2048BitRsaWithTheirThumbprintAsKid() throws Exception {
    SigningKey key = KeyRingTest.unsealedKey(SigningAlgorithm.RS256, T0, T0);
    RSAKey published = (RSAKey) key.publicJwk();
    assertEquals(2048, published.size());
    assertFalse(published.isPrivate());
    assertEquals(published.computeThumbprint().toString(), key.kid());
    assertEquals("RS256", key.algorithm().getName());
  }

  @Test
  void onlyEs256AndRs256AreOffered() {
    assertEquals(SigningAlgorithm.RS256, SigningAlgorithm.of("RS256"));
    var refused =
        assertThrows(
            UnsupportedSigningAlgorithmException.class, () -> SigningAlgorithm.of("HS256"));
    assertEquals(400, refused.problemType().status());
  }
}
