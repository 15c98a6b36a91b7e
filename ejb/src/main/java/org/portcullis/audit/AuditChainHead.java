package org.portcullis.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.tenant.TenantId;

/**
 * The end of a tenant's chain: the last sequence number and hash (0 and {@link AuditEntry#GENESIS}
 * while the chain is empty). Its row is the tenant's append lock: {@link AuditTrail} holds it
 * {@code PESSIMISTIC_WRITE} while it appends, so appends in one tenant serialize and the chain
 * never forks, and tenants never wait for each other. Its id is the tenant's id.
 */
@Entity
@Table(name = "audit_chain_head")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class AuditChainHead {

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AuditChainHead() {}

  /** The empty chain of {@code tenant}. */
  public AuditChainHead(TenantId tenant) {
    this.id = tenant.value();
    this.seq = 0;
    this.hash = AuditEntry.GENESIS;
  }

  /** Links the next event of {@code tenant} to this head and moves the head onto it. */
  AuditEvent append(
      TenantId tenant, Instant at, String actor, String clientAddress, AuditRecord record) {
    AuditEvent next =
        new AuditEvent(new AuditEntry(tenant, seq + 1, at, actor, clientAddress, record, hash));
    this.seq = next.seq();
    this.hash = next.hash();
    return next;
  }

  /** The last sequence number; 0 while the chain is empty. */
  public long seq() {
    return seq;
  }

  /** The last event's hash; {@link AuditEntry#GENESIS} while the chain is empty. */
  public String hash() {
    return hash;
  }
}
