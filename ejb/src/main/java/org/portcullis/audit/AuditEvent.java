package org.portcullis.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.tenant.TenantId;

/**
 * One event of a tenant's audit trail. It is immutable: built once from an {@link AuditEntry},
 * whose hash it stores next to the previous event's, and never changed (it has no setters and no
 * version). Only {@link AuditChainHead#append} creates one, so sequence numbers follow the head.
 */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class AuditEvent {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "seq", nullable = false, updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 255)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "target", updatable = false, length = 255)
  private String target;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 16)
  private Outcome outcome;

  @Column(name = "client_address", updatable = false, length = 64)
  private String clientAddress;

  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(AuditEntry entry) {
    this.id = UUID.randomUUID().toString();
    this.seq = entry.seq();
    this.occurredAt = entry.occurredAt().atOffset(ZoneOffset.UTC);
    this.actor = entry.actor();
    this.action = entry.record().action();
    this.target = entry.record().target();
    this.outcome = entry.record().outcome();
    this.clientAddress = entry.clientAddress();
    this.previousHash = entry.previousHash();
    this.hash = entry.hash();
  }

  /** What this row states, as the chain hashes it, for the tenant it belongs to. */
  public AuditEntry entry(TenantId tenant) {
    return new AuditEntry(
        tenant,
        seq,
        occurredAt.toInstant(),
        actor,
        clientAddress,
        new AuditRecord(action, target, outcome),
        previousHash);
  }

  /** Whether the stored hash is the hash of what the row states now. */
  public boolean isIntact(TenantId tenant) {
    return entry(tenant).hash().equals(hash);
  }

  public long seq() {
    return seq;
  }

  /** When it happened, in UTC. */
  public OffsetDateTime occurredAt() {
    return occurredAt.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }

  @Override
  public String toString() {
    return "AuditEvent[seq=" + seq + ", action=" + action + ", outcome=" + outcome + "]";
  }
}
