package org.portcullis.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A role of one tenant, unique there by name. It reaches users directly ({@link UserRole}) and
 * through their groups ({@link GroupRole}); access tokens carry its name.
 */
@Entity
@Table(name = "role")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class Role {

  public static final int MAX_DESCRIPTION = 1000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "description", length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Role() {}

  /**
   * A role nobody holds yet.
   *
   * @param description what holding it allows, or null
   * @throws InvalidRoleException when the description is longer than 1000 characters
   */
  public Role(RoleName name, String description) {
    this.id = UUID.randomUUID().toString();
    this.name = name.value();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    describe(description);
  }

  /** Replaces the description (null for none). */
  public void describe(String newDescription) {
    if (newDescription != null && newDescription.length() > MAX_DESCRIPTION) {
      throw new InvalidRoleException("A role description is at most 1000 characters");
    }
    this.description = newDescription;
  }

  /** The assignment that gives this role to {@code user}; the caller persists it once. */
  public UserRole assignTo(User user) {
    return new UserRole(this, user);
  }

  /** The assignment that gives this role to every member of {@code group}. */
  public GroupRole assignTo(Group group) {
    return new GroupRole(this, group);
  }

  public String id() {
    return id;
  }

  public RoleName name() {
    return new RoleName(name);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public String toString() {
    return "Role[name=" + name + "]";
  }
}
