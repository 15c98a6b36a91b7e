package org.portcullis.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * An event taken down in a request, with its actor, address and time, waiting to be appended to the
 * tenant's chain by {@link GroupCommittedAudit}.
 */
public record PendingAuditEvent(
    Instant at, String actor, String clientAddress, AuditRecord record) {

  public PendingAuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(record, "record");
  }
}
