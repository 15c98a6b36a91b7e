package org.portcullis.ratelimit;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Brute-force protection for anything that verifies a secret (client authentication, sign-in). The
 * protocol, for the tenant in scope:
 *
 * <pre>{@code
 * Attempt attempt = new Attempt("user", userName, clientAddress);
 * Throttle.Checked checked = throttle.check(attempt); // ThrottledException: 429, Retry-After
 * if (verified) throttle.succeeded(checked); else throttle.failed(attempt);
 * }</pre>
 *
 * <p>{@link #check} must come before the secret is verified, and a throttled attempt is refused
 * whether or not its secret is right, so that a guesser learns nothing while it waits. Failures are
 * stored in the database, so every node sees them, with or without a cluster: this node at once,
 * other nodes within a second ({@link RecentlyClear}, which spares the read when the subject had no
 * failure on record a moment ago).
 */
@ApplicationScoped
public class Throttle {

  /** Audit action of a refused attempt; its target is the attempt's subject. */
  public static final String THROTTLED = "ratelimit.throttled";

  @Inject private ThrottleCounters counters;

  @Inject private AuditTrail trail;

  @Inject private TenantScope scope;

  private final RecentlyClear recentlyClear = new RecentlyClear(System::nanoTime);

  /**
   * Lets the attempt go ahead, or refuses it (audited as {@value #THROTTLED}).
   *
   * @throws ThrottledException when the subject must wait, here or across addresses
   */
  public Checked check(Attempt attempt) {
    TenantId tenant = scope.require();
    if (recentlyClear.isClear(tenant, attempt)) {
      return new Checked(attempt, false);
    }
    long epoch = recentlyClear.epoch();
    ThrottleCounters.Standing standing = counters.standing(attempt.keys());
    Optional<Duration> wait = standing.retryAfter();
    if (wait.isPresent()) {
      trail.record(AuditRecord.failure(THROTTLED, target(attempt)));
      throw new ThrottledException(wait.get());
    }
    if (standing.existing().isEmpty()) {
      recentlyClear.remember(tenant, attempt, epoch);
    }
    return new Checked(attempt, standing.has(attempt.atAddress()));
  }

  /**
   * An attempt that {@link #check} let go ahead.
   *
   * @param failuresHere whether the subject had a failure counter at this address when checked
   */
  public record Checked(Attempt attempt, boolean failuresHere) {}

  /** Counts a failed attempt under the subject at its address and under the subject. */
  public void failed(Attempt attempt) {
    TenantId tenant = scope.require();
    recentlyClear.invalidate(tenant, attempt);
    try {
      counters.recordFailure(attempt.keys());
    } catch (EJBException raced) {
      // Two first failures under one key at once: one insert lost to the unique key, and the
      // counter exists now; count this failure on it.
      counters.recordFailure(attempt.keys());
    } finally {
      recentlyClear.invalidate(tenant, attempt);
    }
  }

  /**
   * Forgets this address's failures for the subject. The ceiling across addresses is not reset: a
   * success from one place says nothing about the attempts from elsewhere.
   */
  public void succeeded(Attempt attempt) {
    counters.clear(attempt.atAddress());
  }

  /**
   * {@link #succeeded(Attempt)} after a {@link #check}: writes nothing (no transaction, no query)
   * when the check found no counter to forget, which is the case of almost every success. A failure
   * recorded concurrently between the check and the success then stays counted, which errs on the
   * strict side; the plain {@code succeeded} would have forgotten it.
   */
  public void succeeded(Checked checked) {
    if (checked.failuresHere()) {
      succeeded(checked.attempt());
    }
  }

  private static String target(Attempt attempt) {
    String target = attempt.kind() + ":" + attempt.subject();
    return target.length() > AuditRecord.MAX_TARGET
        ? target.substring(0, AuditRecord.MAX_TARGET)
        : target;
  }
}
