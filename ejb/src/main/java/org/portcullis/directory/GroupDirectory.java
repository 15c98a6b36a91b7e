package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantIsolated;

/**
 * The groups of the tenant in scope and their members. Every change records an event in the
 * tenant's audit trail with the group's id as its target ({@code groupId/userId} for membership
 * changes).
 */
@Stateless
@TenantIsolated
public class GroupDirectory {

  public static final String CREATED = "group.created";
  public static final String RENAMED = "group.renamed";
  public static final String UPDATED = "group.updated";
  public static final String DELETED = "group.deleted";
  public static final String MEMBER_ADDED = "group.member.added";
  public static final String MEMBER_REMOVED = "group.member.removed";

  @PersistenceContext private EntityManager em;

  @Inject private UserDirectory users;

  @Inject private AuditTrail trail;

  /**
   * Creates a group without members.
   *
   * @param externalId the provisioning client's id for it, or null
   * @throws GroupNameTakenException when another group has this name, compared without case
   */
  public Group create(GroupName name, String externalId) {
    requireFree(name);
    Group group = new Group(name, externalId);
    em.persist(group);
    trail.record(AuditRecord.success(CREATED, group.id()));
    return group;
  }

  /** How many groups the tenant has. */
  public long count() {
    return em.createQuery("select count(g) from DirectoryGroup g", Long.class).getSingleResult();
  }

  /** A page of the tenant's groups, ordered by display name without regard to case. */
  public Page<Group> list(PageRequest page) {
    var items =
        em.createQuery(
                "select g from DirectoryGroup g order by g.tenantId, g.displayNameKey, g.id",
                Group.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return new Page<>(items, count(), page.offset(), page.limit());
  }

  /** The group with this id, if the tenant in scope has one. */
  public Optional<Group> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Group.class, id));
  }

  /** The group with this display name, compared without regard to case. */
  public Optional<Group> findByDisplayName(GroupName name) {
    return em.createQuery(
            "select g from DirectoryGroup g where g.displayNameKey = :key", Group.class)
        .setParameter("key", name.key())
        .getResultStream()
        .findFirst();
  }

  /**
   * Gives the group another display name (a change of case only is allowed).
   *
   * @throws GroupNotFoundException when the tenant has no such group
   * @throws GroupNameTakenException when another group has the new name
   */
  public Group rename(String id, GroupName newName) {
    Group group = require(id);
    if (!group.displayName().key().equals(newName.key())) {
      requireFree(newName);
    }
    group.rename(newName);
    trail.record(AuditRecord.success(RENAMED, group.id()));
    return group;
  }

  /** Deletes the group; the database removes its memberships and role assignments. */
  public void delete(String id) {
    Group group = require(id);
    em.remove(group);
    trail.record(AuditRecord.success(DELETED, group.id()));
  }

  /**
   * Makes the user a member of the group.
   *
   * @return false when it was a member already (nothing changes, nothing is recorded)
   * @throws GroupNotFoundException when the tenant has no such group
   * @throws UserNotFoundException when the tenant has no such user
   */
  public boolean addMember(String groupId, String userId) {
    Group group = require(groupId);
    User user = users.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    if (membership(groupId, userId).isPresent()) {
      return false;
    }
    em.persist(group.addMember(user));
    trail.record(AuditRecord.success(MEMBER_ADDED, groupId + "/" + userId));
    return true;
  }

  /**
   * Ends the user's membership of the group.
   *
   * @return false when the user was no member
   */
  public boolean removeMember(String groupId, String userId) {
    Group group = require(groupId);
    Optional<GroupMember> membership = membership(groupId, userId);
    membership.ifPresent(em::remove);
    membership.ifPresent(m -> group.touch());
    membership.ifPresent(
        m -> trail.record(AuditRecord.success(MEMBER_REMOVED, groupId + "/" + userId)));
    return membership.isPresent();
  }

  /** A page of the group's members, ordered by userName key. */
  public Page<User> members(String groupId, PageRequest page) {
    require(groupId);
    var items =
        em.createQuery(
                "select m.user from GroupMember m where m.directoryGroup.id = :group"
                    + " order by m.user.userNameKey",
                User.class)
            .setParameter("group", groupId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    long total =
        em.createQuery(
                "select count(m) from GroupMember m where m.directoryGroup.id = :group", Long.class)
            .setParameter("group", groupId)
            .getSingleResult();
    return new Page<>(items, total, page.offset(), page.limit());
  }

  /**
   * Sets the provisioning client's id for the group.
   *
   * @throws GroupNotFoundException when the tenant has no such group
   */
  public Group changeExternalId(String id, String externalId) {
    Group group = require(id);
    group.changeExternalId(externalId);
    trail.record(AuditRecord.success(UPDATED, group.id()));
    return group;
  }

  /**
   * Every member of the group as (id, userName), ordered by userName key: what a SCIM group lists.
   */
  public List<Member> allMembers(String groupId) {
    require(groupId);
    return em.createQuery(
            "select m.user.id, m.user.userName from GroupMember m"
                + " where m.directoryGroup.id = :group order by m.user.userNameKey",
            Object[].class)
        .setParameter("group", groupId)
        .getResultStream()
        .map(row -> new Member((String) row[0], new UserName((String) row[1])))
        .toList();
  }

  /** A member of a group, without loading the user. */
  public record Member(String userId, UserName userName) {}

  /**
   * The groups each of these users is a direct member of, ordered by display name key, in one query
   * for a whole page of users.
   */
  public Map<String, List<Group>> groupsOf(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Group>> groups = new HashMap<>();
    em.createQuery(
            "select m.user.id, m.directoryGroup from GroupMember m where m.user.id in :users"
                + " order by m.directoryGroup.displayNameKey",
            Object[].class)
        .setParameter("users", userIds)
        .getResultStream()
        .forEach(
            row ->
                groups
                    .computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add((Group) row[1]));
    return groups;
  }

  private Group require(String id) {
    return find(id).orElseThrow(() -> new GroupNotFoundException(id));
  }

  private Optional<GroupMember> membership(String groupId, String userId) {
    return em.createQuery(
            "select m from GroupMember m where m.directoryGroup.id = :group and m.user.id = :user",
            GroupMember.class)
        .setParameter("group", groupId)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  private void requireFree(GroupName name) {
    // The unique key (tenant_id, display_name_key) backs this check against concurrent creation.
    if (findByDisplayName(name).isPresent()) {
      throw new GroupNameTakenException(name);
    }
  }
}
