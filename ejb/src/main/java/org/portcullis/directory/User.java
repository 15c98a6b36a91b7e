package org.portcullis.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person (or robot) of a tenant's directory. {@code userName} is unique per tenant without regard
 * to case (RFC 7643 §4.1.1); the password is kept only as an Argon2id hash.
 */
@Entity
@Table(name = "directory_user")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class User {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_name", nullable = false)
  private String userName;

  @Column(name = "user_name_key", nullable = false)
  private String userNameKey;

  @Column(name = "password_hash")
  private String passwordHash;

  @Convert(converter = RolesConverter.class)
  @Column(name = "roles", nullable = false, length = 2000)
  private Roles roles = Roles.NONE;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected User() {}

  public User(String userName, Roles roles) {
    if (userName == null || userName.isBlank() || userName.length() > 255) {
      throw new IllegalArgumentException("A userName is 1 to 255 characters");
    }
    this.id = UUID.randomUUID().toString();
    this.userName = userName;
    this.userNameKey = keyOf(userName);
    this.roles = roles;
    this.active = true;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.modifiedAt = createdAt;
  }

  /** The case-insensitive key of a userName. */
  public static String keyOf(String userName) {
    return userName.toLowerCase(Locale.ROOT);
  }

  /** Sets a new password hash (the caller hashed it). */
  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    touch();
  }

  private void touch() {
    this.modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String userName() {
    return userName;
  }

  public Roles roles() {
    return roles;
  }

  public boolean isActive() {
    return active;
  }

  String passwordHash() {
    return passwordHash;
  }
}
