package org.portcullis.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One of the {@link #SLOTS} slots of a tenant's user count (migration V10): the tenant's number of
 * users is the sum of its slots, and a create or delete adds to one slot, so that concurrent
 * changes in one tenant seldom wait for each other. Changed only by bulk updates, in the
 * transaction that creates or deletes the user; never cached.
 */
@Entity
@Table(name = "directory_user_count")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class UserCount {

  /** Slots per tenant (the migration's CHECK allows 0 to 7). */
  public static final int SLOTS = 8;

  @Id
  @Column(name = "slot")
  private int slot;

  @Column(name = "users", nullable = false)
  private long users;

  protected UserCount() {}

  /** An empty slot of a new tenant. */
  UserCount(int slot) {
    if (slot < 0 || slot >= SLOTS) {
      throw new IllegalArgumentException("a slot is 0 to " + (SLOTS - 1));
    }
    this.slot = slot;
  }

  public int slot() {
    return slot;
  }

  public long users() {
    return users;
  }
}
