package org.portcullis.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person (or robot) of a tenant's directory. {@code userName} is unique per tenant without regard
 * to case (RFC 7643 §4.1.1, through {@link UserName#key()}); the password is kept only as an
 * Argon2id hash. Roles are not an attribute: they are assigned ({@link Role#assignTo(User)}) or
 * come through groups. {@link #toString()} shows the id only.
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

  /**
   * The tenant discriminator, read-only: EclipseLink writes and filters it; queries may order by it
   * so that a page is read in the order of the (tenant_id, key, id) index.
   */
  @Column(name = "TENANT_ID", insertable = false, updatable = false)
  private String tenantId;

  @Column(name = "user_name", nullable = false)
  private String userName;

  @Column(name = "user_name_key", nullable = false)
  private String userNameKey;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "formatted_name")
  private String formattedName;

  // A page of users loads the emails of all of them in one more query, not one per user.
  @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("primary DESC, address")
  private List<UserEmail> emails = new ArrayList<>();

  @Column(name = "password_hash")
  private String passwordHash;

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

  /** An active user without a password, described by {@code profile}. */
  public User(UserName userName, UserProfile profile) {
    this.id = UUID.randomUUID().toString();
    this.userName = userName.value();
    this.userNameKey = userName.key();
    this.active = true;
    describe(profile);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.modifiedAt = createdAt;
  }

  /** Gives the user another userName; the caller made sure no other user of the tenant has it. */
  public void rename(UserName newName) {
    this.userName = newName.value();
    this.userNameKey = newName.key();
    touch();
  }

  /** Replaces every profile attribute, the emails included, by those of {@code profile}. */
  public void describe(UserProfile profile) {
    this.givenName = profile.givenName();
    this.familyName = profile.familyName();
    this.formattedName = profile.formattedName();
    this.displayName = profile.displayName();
    this.externalId = profile.externalId();
    emails.clear(); // orphan removal deletes the rows that are not given again
    profile.emails().forEach(e -> emails.add(new UserEmail(this, e)));
    touch();
  }

  /** Lets the user sign in again. */
  public void activate() {
    this.active = true;
    touch();
  }

  /** Stops the user from signing in; nothing else about the user changes. */
  public void deactivate() {
    this.active = false;
    touch();
  }

  /** Sets a new password hash (the caller hashed it). */
  void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    touch();
  }

  /**
   * Replaces the hash by one of the same password made with other parameters. The user's attributes
   * do not change, so neither does its modification time.
   */
  void upgradePasswordHash(String sameSecretNewHash) {
    this.passwordHash = sameSecretNewHash;
  }

  /**
   * Records a change made elsewhere (roles assigned directly): a new modification time, and through
   * it a new version, so that the user's ETag changes with them.
   */
  void touch() {
    this.modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public UserName userName() {
    return new UserName(userName);
  }

  /** The attributes that describe the user, emails in the order they were given. */
  public UserProfile profile() {
    return new UserProfile(
        givenName,
        familyName,
        formattedName,
        displayName,
        externalId,
        emails.stream().map(UserEmail::email).toList());
  }

  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /** The optimistic-lock version, which changes with every change of the user. */
  public long version() {
    return version;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime createdAt() {
    return createdAt.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public OffsetDateTime modifiedAt() {
    return modifiedAt.withOffsetSameInstant(ZoneOffset.UTC);
  }

  boolean hasPassword() {
    return passwordHash != null;
  }

  String passwordHash() {
    return passwordHash;
  }

  @Override
  public String toString() {
    return "User[id=" + id + "]";
  }
}
