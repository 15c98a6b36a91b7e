package org.portcullis.audit;

import java.time.Instant;

/**
 * Which events of a tenant's trail to read: each filter is optional (null means any). {@code from}
 * is inclusive, {@code to} exclusive. {@code subject} selects the events a user (or client) acted
 * in or was the target of: its id as the actor, or as the target.
 *
 * @throws InvalidAuditQueryException when {@code from} is not before {@code to}, or the action is
 *     malformed
 */
public record AuditQuery(
    String action, Outcome outcome, String actor, String subject, Instant from, Instant to) {

  public AuditQuery {
    if (action != null && !AuditRecord.isValidAction(action)) {
      throw new InvalidAuditQueryException("action must be a dotted lower-case name");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidAuditQueryException("from must be before to");
    }
  }

  /** A query without a subject filter. */
  public AuditQuery(String action, Outcome outcome, String actor, Instant from, Instant to) {
    this(action, outcome, actor, null, from, to);
  }

  /** Every event. */
  public static AuditQuery everything() {
    return new AuditQuery(null, null, null, null, null, null);
  }
}
