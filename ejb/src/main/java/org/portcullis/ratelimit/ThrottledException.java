package org.portcullis.ratelimit;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/**
 * Too many failed attempts: the attempt was not made, and may be made again after {@link
 * #retryAfter()}. Boundaries answer 429 with {@code Retry-After}. It does not roll back the
 * caller's transaction, which holds the audit record of the refusal.
 */
@ApplicationException(rollback = false, inherited = true)
public class ThrottledException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("too-many-attempts", 429, "Too many failed attempts");

  private final Duration retryAfter;

  public ThrottledException(Duration retryAfter) {
    super(TYPE, "Too many failed attempts; retry after " + seconds(retryAfter) + " s");
    this.retryAfter = retryAfter;
  }

  /** How long to wait before the next attempt. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The wait in whole seconds, rounded up, at least 1: the {@code Retry-After} value. */
  public long retryAfterSeconds() {
    return seconds(retryAfter);
  }

  private static long seconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
