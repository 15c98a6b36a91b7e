package org.portcullis.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The succession rules of a key ring, with time given by a clock that the test moves. */
class KeyRingTest {

  private static final Duration PERIOD = Duration.ofDays(90);
  private static final Duration DELAY = Duration.ofMinutes(5);
  private static final RotationPolicy POLICY = new RotationPolicy(PERIOD, DELAY);

  private Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final KeyRing.KeyMaker maker = KeyRingTest::unsealedKey;

  @Test
  void aManualRotationPublishesTheNextKeyWhileTheActiveOneSignsOnForThePublicationDelay() {
    KeyRing ring = ringWithFirstKey();
    SigningKey first = ring.activeAt(now()).orElseThrow();
    advance(Duration.ofDays(3));

    KeyRing.Rotation rotation = ring.rotate(now(), false, maker);

    SigningKey next = rotation.key();
    assertTrue(rotation.created());
    assertEquals(KeyStatus.NEXT, next.statusAt(now()));
    assertEquals(now().plus(DELAY), next.activatesAt(), "published at least max-age before");
    assertEquals(first, ring.activeAt(now()).orElseThrow());
    assertEquals(first, ring.activeAt(now().plus(DELAY).minusNanos(1000)).orElseThrow());
    assertEquals(next, ring.activeAt(now().plus(DELAY)).orElseThrow());
    assertEquals(KeyStatus.RETIRED, first.statusAt(now().plus(DELAY)));
  }

  @Test
  void aRetiredKeyStaysPublishedUntilEveryTokenItSignedHasExpiredWithAMargin() {
    KeyRing ring = ringWithFirstKey();
    SigningKey first = ring.activeAt(now()).orElseThrow();
    ring.rotate(now(), false, maker);
    Instant retired = now().plus(DELAY);

    assertEquals(Optional.of(retired), first.retiresAt());
    Instant expires = first.expiresAt().orElseThrow();
    assertTrue(
        expires.isAfter(retired.plus(RotationPolicy.LONGEST_TOKEN_LIFETIME)),
        "a token signed at the last instant still verifies until it expires, and then some");
    assertFalse(first.isExpiredAt(expires.minusSeconds(1)));
    assertTrue(ring.removeExpired(expires.minusSeconds(1)).isEmpty());
    assertEquals(List.of(first), ring.removeExpired(expires));
    assertEquals(1, ring.keys().size());
  }

  @Test
  void aSecondRotationWhileAKeyWaitsIsRefusedRatherThanPostponingIt() {
    KeyRing ring = ringWithFirstKey();
    SigningKey next = ring.rotate(now(), false, maker).key();
    advance(Duration.ofSeconds(10));

    var refused =
        assertThrows(KeyRotationPendingException.class, () -> ring.rotate(now(), false, maker));
    assertEquals(409, refused.problemType().status());
    assertTrue(refused.getMessage().contains(next.kid()));
    assertEquals(2, ring.keys().size());
  }

  @Test
  void anImmediateRotationActivatesTheWaitingKeyAtOnceAndRetiresTheActiveOneNow() {
    KeyRing ring = ringWithFirstKey();
    SigningKey first = ring.activeAt(now()).orElseThrow();
    SigningKey next = ring.rotate(now(), false, maker).key();
    advance(Duration.ofSeconds(30));

    KeyRing.Rotation rotation = ring.rotate(now(), true, maker);

    assertFalse(rotation.created(), "the waiting key is published already: it takes over");
    assertEquals(next, rotation.key());
    assertEquals(next, ring.activeAt(now()).orElseThrow());
    assertEquals(KeyStatus.RETIRED, first.statusAt(now()));
    assertEquals(Optional.of(now()), first.retiresAt());
  }

  @Test
  void anImmediateRotationWithoutAWaitingKeySignsWithANewKeyAtOnce() {
    KeyRing ring = ringWithFirstKey();
    SigningKey first = ring.activeAt(now()).orElseThrow();
    advance(Duration.ofHours(1));

    KeyRing.Rotation rotation = ring.rotate(now(), true, maker);

    assertTrue(rotation.created());
    assertEquals(rotation.key(), ring.activeAt(now()).orElseThrow());
    assertEquals(KeyStatus.RETIRED, first.statusAt(now()));
  }

  @Test
  void theFirstKeyOfAnAlgorithmWaitsThePublicationDelayToo() {
    KeyRing ring = new KeyRing(SigningAlgorithm.ES256, List.of(), POLICY);
    SigningKey first = ring.rotate(now(), false, maker).key();
    assertTrue(ring.activeAt(now()).isEmpty());
    assertEquals(first, ring.activeAt(now().plus(DELAY)).orElseThrow());
  }

  @Test
  void theScheduledRotationPublishesTheSuccessorADayBeforeThePeriodEnds() {
    KeyRing ring = ringWithFirstKey();
    SigningKey first = ring.activeAt(now()).orElseThrow();
    Instant end = first.activatesAt().plus(PERIOD);
    Instant due = end.minus(Duration.ofDays(1));
    assertEquals(Optional.of(due), ring.nextWorkAt());

    assertTrue(ring.rotateIfDue(due.minusSeconds(1), maker).isEmpty());
    SigningKey next = ring.rotateIfDue(due, maker).orElseThrow();

    assertEquals(end, next.activatesAt());
    assertEquals(KeyStatus.NEXT, next.statusAt(due));
    assertEquals(first, ring.activeAt(end.minusSeconds(1)).orElseThrow());
    assertEquals(next, ring.activeAt(end).orElseThrow());
    assertTrue(ring.rotateIfDue(due, maker).isEmpty(), "never a second next key");
    assertEquals(
        first.expiresAt(), ring.nextWorkAt(), "next work: delete the retired key, not rotate");
  }

  @Test
  void aLateScheduledRotationStillPublishesForTheWholeDelay() {
    KeyRing ring = ringWithFirstKey();
    Instant late = now().plus(PERIOD).plus(Duration.ofDays(2)); // the platform was down
    SigningKey next = ring.rotateIfDue(late, maker).orElseThrow();
    assertEquals(late.plus(DELAY), next.activatesAt());
  }

  @Test
  void keysOfAnotherAlgorithmDoNotBelongInTheRing() throws Exception {
    SigningKey rsa = unsealedKey(SigningAlgorithm.RS256, now(), now());
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyRing(SigningAlgorithm.ES256, List.of(rsa), POLICY));
  }

  private KeyRing ringWithFirstKey() {
    return new KeyRing(
        SigningAlgorithm.ES256, List.of(unsealedKey(SigningAlgorithm.ES256, now(), now())), POLICY);
  }

  private Instant now() {
    return clock.instant();
  }

  private void advance(Duration duration) {
    clock = Clock.offset(clock, duration);
  }

  /** A real key pair, its private half not sealed: the ring never reads it. */
  static SigningKey unsealedKey(SigningAlgorithm algorithm, Instant now, Instant activatesAt) {
    try {
      return new SigningKey(algorithm.generateKey().toPublicJWK(), "v1.test", now, activatesAt);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
