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
 * A group of users of one tenant (RFC 7643 §4.2). Its display name is unique per tenant without
 * regard to case; roles assigned to it reach every member. Members are rows of their own ({@link
 * GroupMember}), never a collection loaded with the group: a group may have a million members. The
 * JPQL name is {@code DirectoryGroup} because {@code GROUP} is a JPQL keyword.
 */
@Entity(name = "DirectoryGroup")
@Table(name = "directory_group")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class Group {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  /**
   * The tenant discriminator, read-only: EclipseLink writes and filters it; queries may order by it
   * so that a page is read in the order of the (tenant_id, key, id) index.
   */
  @Column(name = "TENANT_ID", insertable = false, updatable = false)
  private String tenantId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "display_name_key", nullable = false)
  private String displayNameKey;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Group() {}

  /**
   * A group without members.
   *
   * @param externalId the provisioning client's id for it, or null
   * @throws InvalidGroupException when externalId is blank or longer than 255 characters
   */
  public Group(GroupName name, String externalId) {
    this.id = UUID.randomUUID().toString();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    changeExternalId(externalId);
    rename(name);
  }

  /**
   * Sets the provisioning client's id for the group.
   *
   * @throws InvalidGroupException when externalId is blank or longer than 255 characters
   */
  public void changeExternalId(String newExternalId) {
    if (newExternalId != null && (newExternalId.isBlank() || newExternalId.length() > 255)) {
      throw new InvalidGroupException("An externalId is 1 to 255 characters");
    }
    this.externalId = newExternalId;
    touch();
  }

  /** Gives the group another display name; the caller made sure no other group has it. */
  public void rename(GroupName newName) {
    this.displayName = newName.value();
    this.displayNameKey = newName.key();
    touch();
  }

  /** The membership that makes {@code user} a member; the caller persists it once. */
  public GroupMember addMember(User user) {
    touch();
    return new GroupMember(this, user);
  }

  /**
   * Records a change of the members: a new modification time, and through it a new version, so that
   * an ETag of the group changes with its members.
   */
  void touch() {
    this.modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public OffsetDateTime createdAt() {
    return createdAt.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The optimistic-lock version, which changes with every change of the group. */
  public long version() {
    return version;
  }

  public String id() {
    return id;
  }

  public GroupName displayName() {
    return new GroupName(displayName);
  }

  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  public OffsetDateTime modifiedAt() {
    return modifiedAt.withOffsetSameInstant(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "Group[id=" + id + "]";
  }
}
