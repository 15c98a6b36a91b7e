package org.portcullis.ratelimit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.tenant.TenantIsolated;

/**
 * The throttle counters of the tenant in scope. Failures and successes are written in their own
 * transactions, so that they count even when the caller's work is rolled back (a refused client
 * authentication, say); concurrent failures under one key serialize on its row.
 */
@Stateless
@TenantIsolated
public class ThrottleCounters {

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private ThrottlePolicies policies;

  /** The longest wait any of {@code keys} imposes now; empty when the attempt may go ahead. */
  public Optional<Duration> retryAfter(Collection<ThrottleKey> keys) {
    return standing(keys).retryAfter();
  }

  /**
   * What the counters under {@code keys} say now: the longest wait they impose, and which of them
   * exist at all (expired or not).
   */
  public Standing standing(Collection<ThrottleKey> keys) {
    Instant now = CLOCK.instant();
    // One query for all keys: this runs before every client authentication.
    List<ThrottleCounter> counters =
        em.createQuery(
                "select c from ThrottleCounter c where c.keyHash in :keys", ThrottleCounter.class)
            .setParameter("keys", keys.stream().map(ThrottleKey::hash).toList())
            .getResultList();
    return new Standing(
        counters.stream()
            .map(counter -> counter.retryAfter(now))
            .flatMap(Optional::stream)
            .max(Duration::compareTo),
        counters.stream().map(ThrottleCounter::keyHash).collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * The counters under some keys as read at one instant.
   *
   * @param retryAfter the longest wait they impose; empty when the attempt may go ahead
   * @param existing the {@link ThrottleKey#hash() hashes} of the keys that have a counter
   */
  public record Standing(Optional<Duration> retryAfter, Set<String> existing) {

    /** Whether a counter existed under {@code key}. */
    public boolean has(ThrottleKey key) {
      return existing.contains(key.hash());
    }
  }

  /** Counts a failure under each key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(Collection<ThrottleKey> keys) {
    Instant now = CLOCK.instant();
    for (ThrottleKey key : keys) {
      ThrottlePolicy policy = policies.of(key.reach());
      find(key, LockModeType.PESSIMISTIC_WRITE)
          .ifPresentOrElse(
              counter -> counter.recordFailure(now, policy),
              () -> em.persist(new ThrottleCounter(key, now, policy)));
    }
    em.flush(); // written while this tenant is the persistence context's tenant
    purgeExpired(now);
  }

  /** Forgets the failures under {@code key}. Writes nothing when there are none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void clear(ThrottleKey key) {
    find(key, LockModeType.NONE).ifPresent(em::remove);
  }

  private Optional<ThrottleCounter> find(ThrottleKey key, LockModeType lock) {
    return em.createQuery(
            "select c from ThrottleCounter c where c.keyHash = :key", ThrottleCounter.class)
        .setParameter("key", key.hash())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  /** Counters of this tenant with nothing left to say; keeps the table as small as the attacks. */
  private void purgeExpired(Instant now) {
    em.createQuery("delete from ThrottleCounter c where c.expiresAt <= :now")
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
