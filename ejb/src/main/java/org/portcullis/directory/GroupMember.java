package org.portcullis.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A user's membership of a group; made by {@link Group#addMember(User)}, gone with either. */
@Entity
@Table(name = "group_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class GroupMember {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private Group directoryGroup;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private User user;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected GroupMember() {}

  GroupMember(Group group, User user) {
    this.id = UUID.randomUUID().toString();
    this.directoryGroup = group;
    this.user = user;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return "GroupMember[id=" + id + "]";
  }
}
