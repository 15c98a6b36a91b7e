package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantIsolated;

/**
 * The roles of the tenant in scope, their assignments to users and to groups, and the roles a user
 * holds in effect. Every change records an event in the tenant's audit trail: the role's id for
 * creation and deletion, {@code roleId/userId} or {@code roleId/groupId} for assignments.
 */
@Stateless
@TenantIsolated
public class RoleDirectory {

  public static final String CREATED = "role.created";
  public static final String DELETED = "role.deleted";
  public static final String ASSIGNED = "role.assigned";
  public static final String UNASSIGNED = "role.unassigned";
  public static final String ASSIGNED_TO_GROUP = "group.role.assigned";
  public static final String UNASSIGNED_FROM_GROUP = "group.role.unassigned";

  /**
   * Direct and group roles in one statement: a user's effective roles are read on every token and
   * every sign-in, so they must not cost a query per group (no N+1).
   */
  private static final String EFFECTIVE =
      "select r.name from Role r"
          + " where r.id in (select ur.role.id from UserRole ur where ur.user.id = :user)"
          + " or r.id in (select gr.role.id from GroupRole gr, GroupMember m"
          + " where gr.directoryGroup.id = m.directoryGroup.id and m.user.id = :user)";

  /** The display names of the user's groups, which are roles too (contract, "Users and roles"). */
  private static final String GROUP_NAMES =
      "select m.directoryGroup.displayName from GroupMember m where m.user.id = :user";

  @PersistenceContext private EntityManager em;

  @Inject private UserDirectory users;

  @Inject private GroupDirectory groups;

  @Inject private AuditTrail trail;

  /**
   * Creates a role that nobody holds yet.
   *
   * @param description what holding it allows, or null
   * @throws RoleNameTakenException when the tenant has a role with this name
   */
  public Role create(RoleName name, String description) {
    if (find(name).isPresent()) {
      throw new RoleNameTakenException(name);
    }
    Role role = new Role(name, description);
    em.persist(role);
    trail.record(AuditRecord.success(CREATED, role.id()));
    return role;
  }

  /** A page of the tenant's roles in name order, and how many it has. */
  public Page<Role> list(PageRequest page) {
    var items =
        em.createQuery("select r from Role r order by r.name", Role.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    long total = em.createQuery("select count(r) from Role r", Long.class).getSingleResult();
    return new Page<>(items, total, page.offset(), page.limit());
  }

  /**
   * The names of the roles each of these groups holds, in name order, in one query for a whole page
   * of groups.
   */
  public Map<String, List<String>> groupRoles(Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> roles = new HashMap<>();
    em.createQuery(
            "select a.directoryGroup.id, a.role.name from GroupRole a"
                + " where a.directoryGroup.id in :groups order by a.role.name",
            Object[].class)
        .setParameter("groups", groupIds)
        .getResultStream()
        .forEach(
            row ->
                roles
                    .computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    return roles;
  }

  /** The role with this name, if the tenant in scope has one. */
  public Optional<Role> find(RoleName name) {
    return em.createQuery("select r from Role r where r.name = :name", Role.class)
        .setParameter("name", name.value())
        .getResultStream()
        .findFirst();
  }

  /** Deletes the role; the database removes its assignments to users and groups. */
  public void delete(RoleName name) {
    Role role = require(name);
    em.remove(role);
    trail.record(AuditRecord.success(DELETED, role.id()));
  }

  /**
   * Gives the role to the user directly.
   *
   * @return false when the user held it directly already
   * @throws RoleNotFoundException when the tenant has no such role
   * @throws UserNotFoundException when the tenant has no such user
   */
  public boolean assignToUser(RoleName name, String userId) {
    Role role = require(name);
    User user = users.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    if (userAssignment(role, userId).isPresent()) {
      return false;
    }
    em.persist(role.assignTo(user));
    trail.record(AuditRecord.success(ASSIGNED, role.id() + "/" + userId));
    return true;
  }

  /**
   * Takes the directly assigned role from the user; roles through groups stay.
   *
   * @return false when the user did not hold it directly
   */
  public boolean unassignFromUser(RoleName name, String userId) {
    Role role = require(name);
    Optional<UserRole> assignment = userAssignment(role, userId);
    assignment.ifPresent(em::remove);
    assignment.ifPresent(
        a -> trail.record(AuditRecord.success(UNASSIGNED, role.id() + "/" + userId)));
    return assignment.isPresent();
  }

  /**
   * Gives the role to every member of the group, present and future.
   *
   * @return false when the group held it already
   * @throws RoleNotFoundException when the tenant has no such role
   * @throws GroupNotFoundException when the tenant has no such group
   */
  public boolean assignToGroup(RoleName name, String groupId) {
    Role role = require(name);
    Group group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
    if (groupAssignment(role, groupId).isPresent()) {
      return false;
    }
    em.persist(role.assignTo(group));
    trail.record(AuditRecord.success(ASSIGNED_TO_GROUP, role.id() + "/" + groupId));
    return true;
  }

  /**
   * Takes the role from the group.
   *
   * @return false when the group did not hold it
   */
  public boolean unassignFromGroup(RoleName name, String groupId) {
    Role role = require(name);
    Optional<GroupRole> assignment = groupAssignment(role, groupId);
    assignment.ifPresent(em::remove);
    assignment.ifPresent(
        a -> trail.record(AuditRecord.success(UNASSIGNED_FROM_GROUP, role.id() + "/" + groupId)));
    return assignment.isPresent();
  }

  /**
   * The roles the user holds: assigned directly or through any of its groups, each once, in one
   * query. A user the tenant does not have holds none.
   */
  public Roles effectiveRoles(String userId) {
    List<String> names =
        new ArrayList<>(
            em.createQuery(EFFECTIVE, String.class).setParameter("user", userId).getResultList());
    names.addAll(
        em.createQuery(GROUP_NAMES, String.class).setParameter("user", userId).getResultList());
    return Roles.of(names);
  }

  /**
   * The names of the roles each of these users holds directly, in name order, in one query for a
   * whole page of users.
   */
  public Map<String, List<String>> directRoles(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> roles = new HashMap<>();
    em.createQuery(
            "select a.user.id, a.role.name from UserRole a where a.user.id in :users"
                + " order by a.role.name",
            Object[].class)
        .setParameter("users", userIds)
        .getResultStream()
        .forEach(
            row ->
                roles
                    .computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    return roles;
  }

  /**
   * Makes {@code names} the roles the user holds directly: assigns the missing ones, creating a
   * role the tenant does not have yet (provisioning clients name roles, they do not create them),
   * and takes the others away. Roles through groups stay.
   *
   * @throws UserNotFoundException when the tenant has no such user
   */
  public void replaceDirectRoles(String userId, Set<RoleName> names) {
    User user = users.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    List<UserRole> held =
        em.createQuery("select a from UserRole a where a.user.id = :user", UserRole.class)
            .setParameter("user", userId)
            .getResultList();
    Set<String> wanted = new HashSet<>();
    names.forEach(name -> wanted.add(name.value()));
    boolean changed = false;
    for (UserRole assignment : held) {
      if (!wanted.remove(assignment.role().name().value())) {
        em.remove(assignment);
        trail.record(AuditRecord.success(UNASSIGNED, assignment.role().id() + "/" + userId));
        changed = true;
      }
    }
    for (String name : wanted) {
      RoleName roleName = new RoleName(name);
      Role role = find(roleName).orElseGet(() -> create(roleName, null));
      em.persist(role.assignTo(user));
      trail.record(AuditRecord.success(ASSIGNED, role.id() + "/" + userId));
      changed = true;
    }
    if (changed) {
      user.touch();
    }
  }

  private Role require(RoleName name) {
    return find(name).orElseThrow(() -> new RoleNotFoundException(name));
  }

  private Optional<UserRole> userAssignment(Role role, String userId) {
    return em.createQuery(
            "select a from UserRole a where a.role = :role and a.user.id = :user", UserRole.class)
        .setParameter("role", role)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  private Optional<GroupRole> groupAssignment(Role role, String groupId) {
    return em.createQuery(
            "select a from GroupRole a where a.role = :role and a.directoryGroup.id = :group",
            GroupRole.class)
        .setParameter("role", role)
        .setParameter("group", groupId)
        .getResultStream()
        .findFirst();
  }
}
