package org.portcullis.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private final ThrottlePolicy policy =
      new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void failuresBelowTheLimitCostNothing() {
    assertEquals(Duration.ZERO, policy.delayAfter(0));
    assertEquals(Duration.ZERO, policy.delayAfter(2));
  }

  @Test
  void eachFailureOverTheLimitDoublesTheWait() {
    assertEquals(Duration.ofSeconds(1), policy.delayAfter(3));
    assertEquals(Duration.ofSeconds(2), policy.delayAfter(4));
    assertEquals(Duration.ofSeconds(4), policy.delayAfter(5));
    assertEquals(Duration.ofSeconds(32), policy.delayAfter(8));
  }

  @Test
  void theWaitIsCappedSoNothingIsEverLocked() {
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(9));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(1_000));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void aPolicyWithoutFreeFailuresOrWithACapBelowTheFirstWaitIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ThrottlePolicy(
                0, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ThrottlePolicy(
                1, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }

  @Test
  void theProductionDefaultsSlowTheSubjectAcrossAddressesButNeverForLong() {
    var defaults = new ThrottlePolicies();
    ThrottlePolicy atAddress = defaults.of(ThrottleKey.Reach.SUBJECT_AT_ADDRESS);
    ThrottlePolicy subject = defaults.of(ThrottleKey.Reach.SUBJECT);
    assertEquals(5, atAddress.freeFailures());
    assertEquals(100, subject.freeFailures(), "a much higher ceiling across addresses");
    assertEquals(Duration.ofSeconds(30), subject.delayAfter(Integer.MAX_VALUE));
  }
}
