package org.portcullis.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.portcullis.audit.AuditEvent;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.AuditTrail;
import org.portcullis.directory.Email;
import org.portcullis.directory.GroupDirectory;
import org.portcullis.directory.GroupName;
import org.portcullis.directory.GroupNotFoundException;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.RoleName;
import org.portcullis.directory.Roles;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserNameTakenException;
import org.portcullis.directory.UserNotFoundException;
import org.portcullis.directory.UserProfile;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * The directory's in-container checks, run by {@link TenantIsolationInContainerIT} (one Payara
 * Micro per test class is expensive, so they share its deployment). Each check makes its own
 * tenants; none depends on another.
 */
final class DirectoryInContainerTests {

  private static final PageRequest FIRST_PAGE = new PageRequest(0, 50);

  private final TenantScope scope;
  private final UserDirectory users;
  private final GroupDirectory groups;
  private final RoleDirectory roles;
  private final AuditTrail trail;
  private final IsolationProbe probe;
  private final Supplier<TenantId> newTenant;

  DirectoryInContainerTests(
      TenantScope scope,
      UserDirectory users,
      GroupDirectory groups,
      RoleDirectory roles,
      AuditTrail trail,
      IsolationProbe probe,
      Supplier<TenantId> newTenant) {
    this.scope = scope;
    this.users = users;
    this.groups = groups;
    this.roles = roles;
    this.trail = trail;
    this.probe = probe;
    this.newTenant = newTenant;
  }

  void effectiveRolesAreDirectPlusThroughGroupsEachOnce() {
    TenantId a = newTenant.get();
    scope.runAs(
        a,
        () -> {
          String user = user("erin").id();
          String loner = user("frank").id();
          for (String role : List.of("reader", "writer", "auditor")) {
            roles.create(new RoleName(role), null);
          }
          String editors = groups.create(new GroupName("Editors"), null).id();
          String audit = groups.create(new GroupName("Audit"), null).id();
          roles.assignToUser(new RoleName("reader"), user);
          roles.assignToGroup(new RoleName("reader"), editors); // the duplicate path
          roles.assignToGroup(new RoleName("writer"), editors);
          roles.assignToGroup(new RoleName("auditor"), audit);
          groups.addMember(editors, user);
          groups.addMember(audit, user);
          // Roles held directly and through groups, and the groups' names (contract).
          assertEquals(
              Roles.of("Audit", "Editors", "auditor", "reader", "writer"),
              roles.effectiveRoles(user));
          assertEquals(Roles.NONE, roles.effectiveRoles(loner));

          groups.removeMember(audit, user);
          roles.unassignFromUser(new RoleName("reader"), user);
          assertEquals(
              Roles.of("Editors", "reader", "writer"), roles.effectiveRoles(user), "via Editors");
          return null;
        });
  }

  void sameUserNameAndRoleNameLiveInTwoTenants() {
    TenantId a = newTenant.get();
    TenantId b = newTenant.get();
    String inA = scope.runAs(a, () -> userWithRole("grace", "reader"));
    String inB = scope.runAs(b, () -> userWithRole("GRACE", "reader"));
    assertEquals(Roles.of("reader"), scope.runAs(a, () -> roles.effectiveRoles(inA)));
    assertEquals(Roles.of("reader"), scope.runAs(b, () -> roles.effectiveRoles(inB)));
    scope.runAs(
        b,
        () -> {
          roles.delete(new RoleName("reader"));
          return null;
        });
    assertEquals(Roles.NONE, scope.runAs(b, () -> roles.effectiveRoles(inB)));
    assertEquals(Roles.of("reader"), scope.runAs(a, () -> roles.effectiveRoles(inA)), "A's stays");
  }

  void anotherTenantSeesNoUsersGroupsRolesOrMemberships() {
    TenantId a = newTenant.get();
    TenantId b = newTenant.get();
    String[] ids = scope.runAs(a, this::userInGroupWithRole);
    String user = ids[0];
    String group = ids[1];
    String role = scope.runAs(a, () -> roles.find(new RoleName("member")).orElseThrow().id());

    scope.runAs(
        b,
        () -> {
          assertTrue(users.find(user).isEmpty());
          assertTrue(users.findByUserName(new UserName("heidi")).isEmpty());
          assertTrue(users.findByExternalId("ext-heidi").isEmpty());
          assertTrue(groups.find(group).isEmpty());
          assertTrue(groups.findByDisplayName(new GroupName("Members")).isEmpty());
          assertTrue(roles.find(new RoleName("member")).isEmpty());
          assertFalse(probe.groupExists(group));
          assertFalse(probe.roleExists(role));
          assertEquals(0L, probe.membershipsAndAssignmentsOf(user));
          assertEquals(0L, probe.emailRowCount());
          assertEquals(Roles.NONE, roles.effectiveRoles(user));
          return null;
        });
    assertThrows(GroupNotFoundException.class, () -> scope.runAs(b, () -> members(group)));
    assertThrows(UserNotFoundException.class, () -> scope.runAs(b, () -> users.deactivate(user)));
    assertEquals(2L, scope.runAs(a, () -> probe.membershipsAndAssignmentsOf(user)));
  }

  void deletingAUserRemovesItsEmailsMembershipsAndAssignments() {
    TenantId a = newTenant.get();
    scope.runAs(
        a,
        () -> {
          String[] ids = userInGroupWithRole();
          assertEquals(1L, probe.emailRowCount());
          users.delete(ids[0]);
          assertTrue(users.find(ids[0]).isEmpty());
          assertEquals(0L, probe.membershipsAndAssignmentsOf(ids[0]));
          assertEquals(0L, probe.emailRowCount());
          assertEquals(0L, members(ids[1]), "the group stays, without the member");
          return null;
        });
  }

  void userNamesAreUniqueWithoutRegardToCase() {
    TenantId a = newTenant.get();
    scope.runAs(a, () -> user("Ivan"));
    var taken =
        assertThrows(UserNameTakenException.class, () -> scope.runAs(a, () -> user("IVAN")));
    assertEquals(409, taken.problemType().status());
    assertEquals("urn:portcullis:problem:user-name-taken", taken.problemType().uri());
    String judy = scope.runAs(a, () -> user("judy").id());
    assertThrows(
        UserNameTakenException.class,
        () -> scope.runAs(a, () -> users.rename(judy, new UserName("ivan"))));
    assertEquals(
        "Judy", scope.runAs(a, () -> users.rename(judy, new UserName("Judy"))).userName().value());
  }

  void everyDirectoryChangeIsAuditedWithTheObjectsIdAsTarget() {
    TenantId a = newTenant.get();
    String[] ids = scope.runAs(a, this::userInGroupWithRole);
    String user = ids[0];
    scope.runAs(
        a,
        () -> {
          users.describe(user, UserProfile.EMPTY.withDisplayName("H."));
          users.deactivate(user);
          users.changePassword(user, "a-new-password".toCharArray());
          users.delete(user);
          return null;
        });
    List<AuditEvent> events =
        scope.runAs(a, () -> trail.page(AuditQuery.everything(), new PageRequest(0, 100)).items());
    List<String> actions = events.stream().map(AuditEvent::action).toList();
    for (String action :
        List.of(
            "user.created",
            "group.created",
            "role.created",
            "group.member.added",
            "role.assigned",
            "user.updated",
            "user.deactivated",
            "user.password.changed",
            "user.deleted")) {
      assertTrue(actions.contains(action), action + " in " + actions);
    }
    assertEquals(user, target(events, "user.password.changed"));
    assertEquals(user, target(events, "user.deleted"));
    assertEquals(ids[1] + "/" + user, target(events, "group.member.added"));
    assertTrue(events.stream().noneMatch(e -> e.target().orElse("").contains("password")));
    assertTrue(scope.runAs(a, trail::verify).intact());
  }

  /** Heidi, with an email and externalId, member of Members, which has role member: 2 links. */
  private String[] userInGroupWithRole() {
    var profile =
        new UserProfile(
            "Heidi", null, null, "Heidi", "ext-heidi", List.of(Email.of("heidi@example.com")));
    String user =
        users.create(new UserName("heidi"), profile, "long enough secret".toCharArray()).id();
    String group = groups.create(new GroupName("Members"), null).id();
    roles.create(new RoleName("member"), "A member");
    groups.addMember(group, user);
    roles.assignToUser(new RoleName("member"), user);
    assertEquals(user, users.findByExternalId("ext-heidi").orElseThrow().id());
    return new String[] {user, group};
  }

  private String userWithRole(String userName, String role) {
    String id = user(userName).id();
    roles.create(new RoleName(role), null);
    roles.assignToUser(new RoleName(role), id);
    return id;
  }

  private long members(String group) {
    return groups.members(group, FIRST_PAGE).total();
  }

  private User user(String userName) {
    return users.create(new UserName(userName), UserProfile.EMPTY, null);
  }

  private static String target(List<AuditEvent> events, String action) {
    return events.stream()
        .filter(e -> e.action().equals(action))
        .findFirst()
        .flatMap(AuditEvent::target)
        .orElseThrow();
  }
}
