package org.portcullis.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.portcullis.tenant.TenantId;

/**
 * Attempts whose counters this node found empty less than {@link #FOR} ago, so that {@link
 * Throttle#check} need not read them again: almost every attempt is a success with no failure on
 * record, and the read ran before every client authentication and sign-in.
 *
 * <p>A failure on this node forgets its subject at every address before it is counted, and a check
 * remembers an empty read only if no failure was recorded on this node while it read ({@link
 * #epoch}), so local failures are seen at once, as before. A failure counted by another node (or by
 * the console, another application) is seen here within {@link #FOR}: throttling slows guessing by
 * seconds to minutes, so a second's delay in seeing another node's failures lets a guesser spread
 * over several nodes no more than a second's worth of extra tries. Bounded: past {@link
 * #MAX_SUBJECTS} subjects it starts afresh (more reads, never fewer checks).
 */
final class RecentlyClear {

  /** How long an empty read stands in for the next ones. */
  static final Duration FOR = Duration.ofSeconds(1);

  /** Most subjects remembered at once. */
  static final int MAX_SUBJECTS = 10_000;

  private record Subject(TenantId tenant, String kind, String subject) {}

  private final ConcurrentMap<Subject, ConcurrentMap<String, Long>> clearUntil =
      new ConcurrentHashMap<>();

  private final AtomicLong epoch = new AtomicLong();

  private final LongSupplier nanoTime;

  RecentlyClear(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The failures recorded on this node so far: read before a check's query. */
  long epoch() {
    return epoch.get();
  }

  /** Whether an empty read of this attempt's counters, made less than {@link #FOR} ago, stands. */
  boolean isClear(TenantId tenant, Attempt attempt) {
    var addresses = clearUntil.get(subjectOf(tenant, attempt));
    Long until = addresses == null ? null : addresses.get(attempt.address());
    return until != null && until - nanoTime.getAsLong() > 0;
  }

  /**
   * Remembers that the attempt's counters were empty when read, unless a failure was recorded on
   * this node since {@code epochBeforeRead}.
   */
  void remember(TenantId tenant, Attempt attempt, long epochBeforeRead) {
    if (clearUntil.size() >= MAX_SUBJECTS) {
      clearUntil.clear();
    }
    clearUntil
        .computeIfAbsent(subjectOf(tenant, attempt), s -> new ConcurrentHashMap<>())
        .put(attempt.address(), nanoTime.getAsLong() + FOR.toNanos());
    if (epoch.get() != epochBeforeRead) {
      // A failure was recorded while this check read: what it read may already be out of date.
      forget(tenant, attempt);
    }
  }

  /**
   * A failure of this attempt's subject is being counted: forgets the subject at every address.
   * Called before the failure is written and again once it is committed, so that no check whose
   * read overlapped the write keeps what it read.
   */
  void invalidate(TenantId tenant, Attempt attempt) {
    epoch.incrementAndGet();
    forget(tenant, attempt);
  }

  private void forget(TenantId tenant, Attempt attempt) {
    clearUntil.remove(subjectOf(tenant, attempt));
  }

  private static Subject subjectOf(TenantId tenant, Attempt attempt) {
    return new Subject(tenant, attempt.kind(), attempt.subject());
  }
}
