package org.portcullis.ratelimit;

import java.time.Duration;

/**
 * How failures under one key are slowed down: the first {@code freeFailures} within the window cost
 * nothing; after that, each failure makes the next attempt wait {@code firstDelay * 2^k} (k = 0 for
 * the first failure over the limit), at most {@code maxDelay}. A quiet window (no failure for
 * {@code window}) forgets everything. There is no lock: however many failures, the next attempt is
 * at most {@code maxDelay} away.
 */
public record ThrottlePolicy(
    int freeFailures, Duration window, Duration firstDelay, Duration maxDelay) {

  /** 2^30 seconds is 34 years: no shift beyond it is needed, and none overflows. */
  private static final int MAX_SHIFT = 30;

  public ThrottlePolicy {
    if (freeFailures < 1) {
      throw new IllegalArgumentException("at least one failure is free");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the window is positive");
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("0 < firstDelay <= maxDelay");
    }
  }

  /** How long the next attempt must wait after {@code failures} failures within the window. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int shift = Math.min(failures - freeFailures, MAX_SHIFT);
    long millis = firstDelay.toMillis();
    if (Long.numberOfLeadingZeros(millis) <= shift + 1) {
      return maxDelay; // would overflow: far beyond any cap
    }
    Duration delay = Duration.ofMillis(millis << shift);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
