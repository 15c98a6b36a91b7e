package org.portcullis.ratelimit;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;

/**
 * Brute-force protection for anything that verifies a secret (client authentication, sign-in). The
 * protocol, for the tenant in scope:
 *
 * <pre>{@code
 * Attempt attempt = new Attempt("user", userName, clientAddress);
 * throttle.check(attempt);                // ThrottledException: answer 429 with Retry-After
 * if (verified) throttle.succeeded(attempt); else throttle.failed(attempt);
 * }</pre>
 *
 * <p>{@link #check} must come before the secret is verified, and a throttled attempt is refused
 * whether or not its secret is right, so that a guesser learns nothing while it waits. Failures are
 * stored in the database (every node sees them at once, with or without a cluster).
 */
@ApplicationScoped
public class Throttle {

  /** Audit action of a refused attempt; its target is the attempt's subject. */
  public static final String THROTTLED = "ratelimit.throttled";

  @Inject private ThrottleCounters counters;

  @Inject private AuditTrail trail;

  /**
   * Lets the attempt go ahead, or refuses it (audited as {@value #THROTTLED}).
   *
   * @throws ThrottledException when the subject must wait, here or across addresses
   */
  public void check(Attempt attempt) {
    Optional<Duration> wait = counters.retryAfter(attempt.keys());
    if (wait.isPresent()) {
      trail.record(AuditRecord.failure(THROTTLED, target(attempt)));
      throw new ThrottledException(wait.get());
    }
  }

  /** Counts a failed attempt under the subject at its address and under the subject. */
  public void failed(Attempt attempt) {
    try {
      counters.recordFailure(attempt.keys());
    } catch (EJBException raced) {
      // Two first failures under one key at once: one insert lost to the unique key, and the
      // counter exists now; count this failure on it.
      counters.recordFailure(attempt.keys());
    }
  }

  /**
   * Forgets this address's failures for the subject. The ceiling across addresses is not reset: a
   * success from one place says nothing about the attempts from elsewhere.
   */
  public void succeeded(Attempt attempt) {
    counters.clear(attempt.atAddress());
  }

  private static String target(Attempt attempt) {
    String target = attempt.kind() + ":" + attempt.subject();
    return target.length() > AuditRecord.MAX_TARGET
        ? target.substring(0, AuditRecord.MAX_TARGET)
        : target;
  }
}
