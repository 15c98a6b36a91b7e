package org.portcullis.tenant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A tenant: an isolated issuer with its own users, clients and keys. The tenant itself is platform
 * data (not tenant-owned); what it contains is.
 */
@Entity
@Table(name = "tenant")
@Cacheable(false) // a deletion on one node is in force on every node at once
public class Tenant {

  /** Longest display name accepted. */
  public static final int MAX_DISPLAY_NAME = 200;

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
  private String displayName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "disabled", nullable = false)
  private boolean disabled;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Tenant() {}

  public Tenant(TenantId id, String displayName) {
    this.id = Objects.requireNonNull(id).value();
    rename(displayName);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Changes the display name; blank names are refused, surrounding blanks dropped. */
  public final void rename(String newDisplayName) {
    String name = newDisplayName == null ? "" : newDisplayName.strip();
    if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
      throw new InvalidTenantException(
          "displayName must be 1 to " + MAX_DISPLAY_NAME + " characters");
    }
    this.displayName = name;
  }

  /** Stops the tenant from serving (its issuer answers 404); its data stays. */
  public void disable() {
    if (id().isSystem()) {
      throw new ProtectedTenantException(id());
    }
    this.disabled = true;
  }

  /** Lets a disabled tenant serve again. */
  public void enable() {
    this.disabled = false;
  }

  /** Whether the tenant serves: not disabled. */
  public boolean isEnabled() {
    return !disabled;
  }

  public TenantId id() {
    return new TenantId(id);
  }

  public String displayName() {
    return displayName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
