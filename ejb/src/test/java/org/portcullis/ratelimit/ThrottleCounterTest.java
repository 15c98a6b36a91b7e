package org.portcullis.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The backoff of one key over time, with a clock the test moves. */
class ThrottleCounterTest {

  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(3, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(16));

  private Clock clock = Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC);

  private final ThrottleKey key = new Attempt("client", "app", "192.0.2.1").keys().get(0);

  @Test
  void freeFailuresLetTheNextAttemptGoAhead() {
    ThrottleCounter counter = new ThrottleCounter(key, clock.instant(), POLICY);
    fail(counter);
    assertEquals(2, counter.failures());
    assertEquals(Optional.empty(), counter.retryAfter(clock.instant()));
  }

  @Test
  void afterTheLimitEachFailureDoublesTheWaitUpToTheCap() {
    ThrottleCounter counter = new ThrottleCounter(key, clock.instant(), POLICY);
    fail(counter);
    fail(counter); // the third: over the limit
    assertEquals(Optional.of(Duration.ofSeconds(2)), counter.retryAfter(clock.instant()));
    advance(Duration.ofSeconds(1));
    assertEquals(Optional.of(Duration.ofSeconds(1)), counter.retryAfter(clock.instant()));
    advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), counter.retryAfter(clock.instant()), "the wait is over");
    fail(counter);
    assertEquals(Optional.of(Duration.ofSeconds(4)), counter.retryAfter(clock.instant()));
    for (int i = 0; i < 10; i++) {
      advance(Duration.ofSeconds(16));
      fail(counter);
    }
    assertEquals(Optional.of(Duration.ofSeconds(16)), counter.retryAfter(clock.instant()));
    advance(Duration.ofSeconds(16));
    assertEquals(Optional.empty(), counter.retryAfter(clock.instant()), "slowed, never locked");
  }

  @Test
  void aQuietWindowForgetsTheFailures() {
    ThrottleCounter counter = new ThrottleCounter(key, clock.instant(), POLICY);
    fail(counter);
    fail(counter);
    assertFalse(counter.isExpired(clock.instant()));
    advance(Duration.ofMinutes(10));
    assertTrue(counter.isExpired(clock.instant()));
    fail(counter);
    assertEquals(1, counter.failures());
    assertEquals(Optional.empty(), counter.retryAfter(clock.instant()));
  }

  @Test
  void aWaitLongerThanTheWindowKeepsTheCounterUntilItEnds() {
    ThrottlePolicy longWaits =
        new ThrottlePolicy(
            1, Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(60));
    ThrottleCounter counter = new ThrottleCounter(key, clock.instant(), longWaits);
    advance(Duration.ofSeconds(30));
    assertFalse(counter.isExpired(clock.instant()));
    assertEquals(Optional.of(Duration.ofSeconds(30)), counter.retryAfter(clock.instant()));
    advance(Duration.ofSeconds(30));
    assertTrue(counter.isExpired(clock.instant()));
  }

  @Test
  void keysSeparateAddressesAndShareTheSubject() {
    var here = new Attempt("user", "bjensen", "192.0.2.1").keys();
    var there = new Attempt("user", "bjensen", "198.51.100.7").keys();
    var client = new Attempt("client", "bjensen", "192.0.2.1").keys();
    assertFalse(here.get(0).hash().equals(there.get(0).hash()), "per address");
    assertEquals(here.get(1).hash(), there.get(1).hash(), "the ceiling spans addresses");
    assertFalse(here.get(1).hash().equals(client.get(1).hash()), "kinds do not mix");
    assertEquals(64, here.get(0).hash().length());
    assertFalse(here.get(0).hash().contains("bjensen"));
  }

  private void fail(ThrottleCounter counter) {
    counter.recordFailure(clock.instant(), POLICY);
  }

  private void advance(Duration by) {
    clock = Clock.offset(clock, by);
  }
}
