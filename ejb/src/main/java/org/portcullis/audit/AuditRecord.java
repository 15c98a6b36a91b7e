package org.portcullis.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a feature reports to the trail: the action (a dotted lower-case name such as {@code
 * tenant.created}), its target (an id, or null when there is none) and the outcome. Who acted and
 * from where come from the {@link AuditContext}, when from the clock.
 */
public record AuditRecord(String action, String target, Outcome outcome) {

  /** Longest action name (the column's length). */
  public static final int MAX_ACTION = 64;

  /** Longest target (the column's length). */
  public static final int MAX_TARGET = 255;

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

  public AuditRecord {
    if (!isValidAction(action)) {
      throw new IllegalArgumentException("an action is a dotted lower-case name: " + action);
    }
    if (target != null && target.length() > MAX_TARGET) {
      throw new IllegalArgumentException("a target is at most " + MAX_TARGET + " characters");
    }
    Objects.requireNonNull(outcome, "outcome");
  }

  /** A successful {@code action} on {@code target}. */
  public static AuditRecord success(String action, String target) {
    return new AuditRecord(action, target, Outcome.SUCCESS);
  }

  /** A failed or refused {@code action} on {@code target} (null when there is none). */
  public static AuditRecord failure(String action, String target) {
    return new AuditRecord(action, target, Outcome.FAILURE);
  }

  /** Whether {@code candidate} is a well-formed action name. */
  public static boolean isValidAction(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_ACTION
        && ACTION.matcher(candidate).matches();
  }
}
