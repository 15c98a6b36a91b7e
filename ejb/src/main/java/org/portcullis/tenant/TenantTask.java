package org.portcullis.tenant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Work that a feature has scheduled for one tenant: when it is next due. Platform data, like {@link
 * Tenant}: a timer finds the due rows across all tenants with one indexed query instead of visiting
 * every tenant. The row is also the tenant's lock for the task (see {@link TenantTasks#lock}).
 */
@Entity
@Table(name = "tenant_task")
@Cacheable(false) // the due time and the lock are shared by every node
public class TenantTask {

  @Id
  @Column(name = "id", length = 128)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 63)
  private String tenantId;

  @Column(name = "task", nullable = false, length = 64)
  private String task;

  @Column(name = "due_at", nullable = false)
  private OffsetDateTime dueAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantTask() {}

  TenantTask(TenantId tenant, String task, Instant dueAt) {
    this.id = idOf(tenant, task);
    this.tenantId = tenant.value();
    this.task = Objects.requireNonNull(task);
    reschedule(dueAt);
  }

  /** The row's id: one row per tenant and task (the V5 migration writes the same form). */
  static String idOf(TenantId tenant, String task) {
    return task + "@" + tenant.value();
  }

  public TenantId tenant() {
    return new TenantId(tenantId);
  }

  public Instant dueAt() {
    return dueAt.toInstant();
  }

  /** Whether the work is due at {@code now}. */
  public boolean isDueAt(Instant now) {
    return !dueAt.toInstant().isAfter(now);
  }

  /** Moves the next run to {@code next}. */
  public final void reschedule(Instant next) {
    this.dueAt = Objects.requireNonNull(next).atOffset(ZoneOffset.UTC);
  }
}
