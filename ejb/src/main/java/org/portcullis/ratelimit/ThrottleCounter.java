package org.portcullis.ratelimit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The failures counted under one {@link ThrottleKey} in a tenant, and when the next attempt may be
 * made. Not cached: every node reads the row, so a wait imposed on one node holds on all.
 */
@Entity
@Table(name = "throttle_counter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class ThrottleCounter {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
  private String keyHash;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private OffsetDateTime lastFailureAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ThrottleCounter() {}

  /** A counter for {@code key} with its first failure at {@code now}. */
  public ThrottleCounter(ThrottleKey key, Instant now, ThrottlePolicy policy) {
    this.id = UUID.randomUUID().toString();
    this.keyHash = key.hash();
    this.failures = 0;
    recordFailure(now, policy);
  }

  /**
   * Counts a failure at {@code now}: after a quiet window the count starts again; the next attempt
   * waits as long as the policy says for the new count.
   */
  public void recordFailure(Instant now, ThrottlePolicy policy) {
    if (failures > 0 && isExpired(now, policy)) {
      failures = 0;
    }
    failures++;
    Instant next = now.plus(policy.delayAfter(failures));
    Instant quietUntil = now.plus(policy.window());
    this.lastFailureAt = utc(now);
    this.nextAttemptAt = utc(next);
    this.expiresAt = utc(next.isAfter(quietUntil) ? next : quietUntil);
  }

  /** How long an attempt at {@code now} must still wait; empty when it may go ahead. */
  public Optional<Duration> retryAfter(Instant now) {
    Instant next = nextAttemptAt.toInstant();
    return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
  }

  /** Whether the counter has nothing left to say at {@code now}: no wait and a quiet window. */
  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt.toInstant());
  }

  private boolean isExpired(Instant now, ThrottlePolicy policy) {
    return !now.isBefore(lastFailureAt.toInstant().plus(policy.window()))
        && retryAfter(now).isEmpty();
  }

  public int failures() {
    return failures;
  }

  public String keyHash() {
    return keyHash;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "ThrottleCounter[failures=" + failures + ", next=" + nextAttemptAt + "]";
  }
}
