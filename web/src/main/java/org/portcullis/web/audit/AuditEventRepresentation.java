package org.portcullis.web.audit;

import org.portcullis.audit.AuditEvent;

/** An audit event as the admin API shows it; absent target or address are left out. */
public record AuditEventRepresentation(
    long seq,
    String occurredAt,
    String actor,
    String action,
    String target,
    String outcome,
    String clientAddress,
    String hash,
    String previousHash) {

  static AuditEventRepresentation of(AuditEvent event) {
    return new AuditEventRepresentation(
        event.seq(),
        event.occurredAt().toString(),
        event.actor(),
        event.action(),
        event.target().orElse(null),
        event.outcome().name(),
        event.clientAddress().orElse(null),
        event.hash(),
        event.previousHash());
  }
}
