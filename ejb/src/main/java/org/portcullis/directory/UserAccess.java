package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.portcullis.tenant.TenantIsolated;

/**
 * What an administrator gives a user of the tenant in scope, by name: roles and group memberships,
 * in one transaction each. A role the tenant does not have yet is created with its first assignment
 * (as provisioning does); a group must exist. Changes are audited by {@link RoleDirectory} and
 * {@link GroupDirectory}.
 */
@Stateless
@TenantIsolated
public class UserAccess {

  @Inject private UserDirectory users;

  @Inject private RoleDirectory roles;

  @Inject private GroupDirectory groups;

  /** A user's directly held roles and the groups it is a member of, both in name order. */
  public record Holdings(List<String> roles, List<String> groups) {

    public Holdings {
      roles = List.copyOf(roles);
      groups = List.copyOf(groups);
    }
  }

  /**
   * The roles the user holds directly and the display names of its groups.
   *
   * @throws UserNotFoundException when the tenant has no such user
   */
  public Holdings of(String userId) {
    users.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    List<String> ids = List.of(userId);
    return new Holdings(
        roles.directRoles(ids).getOrDefault(userId, List.of()),
        groups.groupsOf(ids).getOrDefault(userId, List.of()).stream()
            .map(g -> g.displayName().value())
            .toList());
  }

  /**
   * Gives the user the role, creating the role when the tenant has none of that name.
   *
   * @return false when the user held it directly already
   * @throws UserNotFoundException when the tenant has no such user
   */
  public boolean grant(String userId, RoleName role) {
    users.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    if (roles.find(role).isEmpty()) {
      roles.create(role, null);
    }
    return roles.assignToUser(role, userId);
  }

  /**
   * Takes the directly held role from the user.
   *
   * @throws RoleNotFoundException when the tenant has no such role
   */
  public boolean revoke(String userId, RoleName role) {
    return roles.unassignFromUser(role, userId);
  }

  /**
   * Makes the user a member of the group with this display name.
   *
   * @throws GroupNotFoundException when the tenant has no such group
   */
  public boolean join(String userId, GroupName group) {
    Group found =
        groups
            .findByDisplayName(group)
            .orElseThrow(() -> new GroupNotFoundException(group.value()));
    return groups.addMember(found.id(), userId);
  }

  /**
   * Ends the user's membership of the group with this display name.
   *
   * @throws GroupNotFoundException when the tenant has no such group
   */
  public boolean leave(String userId, GroupName group) {
    Group found =
        groups
            .findByDisplayName(group)
            .orElseThrow(() -> new GroupNotFoundException(group.value()));
    return groups.removeMember(found.id(), userId);
  }
}
