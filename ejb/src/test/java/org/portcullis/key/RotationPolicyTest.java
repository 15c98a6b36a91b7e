package org.portcullis.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RotationPolicyTest {

  @Test
  void theDefaultsPublishForExactlyTheContractsJwksCacheBound() {
    RotationPolicy policy = RotationPolicy.DEFAULT;
    assertEquals(Duration.ofDays(90), policy.rotationPeriod());
    assertEquals(Duration.ofSeconds(300), policy.publicationDelay());
    assertEquals(Duration.ofSeconds(300), policy.jwksMaxAge());
    assertEquals(Duration.ofDays(1), policy.notice());
  }

  @Test
  void theJwksIsNeverCachedLongerThanANewKeyWaits() {
    RotationPolicy quick = new RotationPolicy(Duration.ofMinutes(10), Duration.ofSeconds(5));
    assertEquals(Duration.ofSeconds(5), quick.jwksMaxAge());
    RotationPolicy slow = new RotationPolicy(Duration.ofDays(30), Duration.ofHours(1));
    assertEquals(RotationPolicy.JWKS_MAX_AGE, slow.jwksMaxAge());
  }

  @Test
  void nodesReadTheKeysAgainBeforeANextKeyCanTakeOver() {
    RotationPolicy quick = new RotationPolicy(Duration.ofMinutes(10), Duration.ofSeconds(5));
    assertTrue(quick.signerRefresh().compareTo(quick.publicationDelay()) < 0);
    assertEquals(Duration.ofSeconds(10), RotationPolicy.DEFAULT.signerRefresh());
  }

  @Test
  void retentionCoversTheLongestTokenLifetimeWithAMargin() {
    assertTrue(RotationPolicy.DEFAULT.retention().compareTo(Duration.ofSeconds(3600)) > 0);
  }

  @Test
  void noticeStaysWithinHalfThePeriodButNeverBelowTheDelay() {
    assertEquals(
        Duration.ofMinutes(30),
        new RotationPolicy(Duration.ofHours(1), Duration.ofMinutes(1)).notice());
    assertEquals(
        Duration.ofMinutes(20),
        new RotationPolicy(Duration.ofMinutes(40), Duration.ofMinutes(20)).notice());
  }

  @Test
  void aPeriodShorterThanTwoDelaysOrADelayUnderASecondIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RotationPolicy(Duration.ofMinutes(9), Duration.ofMinutes(5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RotationPolicy(Duration.ofDays(1), Duration.ofMillis(10)));
  }
}
