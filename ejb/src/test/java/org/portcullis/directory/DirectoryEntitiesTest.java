package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryEntitiesTest {

  private static final UserProfile ALICE =
      new UserProfile(
          "Alice",
          "Liddell",
          "Alice Liddell",
          "Alice L.",
          "ext-1",
          List.of(new Email("alice@example.com", "work", true), Email.of("a@example.org")));

  @Test
  void aNewUserIsActiveWithoutPasswordAndKeepsItsProfile() {
    User user = new User(new UserName("Alice"), ALICE);
    assertTrue(user.isActive());
    assertFalse(user.hasPassword());
    assertEquals(ALICE, user.profile());
    assertEquals("ext-1", user.externalId().orElseThrow());
    assertEquals(user.createdAt(), user.modifiedAt());
    assertEquals(36, user.id().length());
  }

  @Test
  void describingReplacesEveryAttributeTheEmailsIncluded() {
    User user = new User(new UserName("alice"), ALICE);
    UserProfile renamed =
        new UserProfile(null, null, null, "Al", null, List.of(Email.of("al@example.com")));
    user.describe(renamed);
    assertEquals(renamed, user.profile());
    assertTrue(user.externalId().isEmpty());
  }

  @Test
  void renamingChangesTheNameAndItsKey() {
    User user = new User(new UserName("alice"), UserProfile.EMPTY);
    user.rename(new UserName("Alice.Liddell"));
    assertEquals("Alice.Liddell", user.userName().value());
    assertEquals("alice.liddell", user.userName().key());
  }

  @Test
  void deactivatingAndActivatingToggleOnlyTheActiveFlag() {
    User user = new User(new UserName("alice"), ALICE);
    user.deactivate();
    assertFalse(user.isActive());
    assertEquals(ALICE, user.profile());
    user.activate();
    assertTrue(user.isActive());
  }

  @Test
  void toStringsShowIdsAndNoPersonalData() {
    User user = new User(new UserName("alice"), ALICE);
    assertFalse(user.toString().contains("alice"));
    assertFalse(user.toString().contains("Alice"));
    assertTrue(user.toString().contains(user.id()));
  }

  @Test
  void groupsRenameAndMakeMemberships() {
    Group group = new Group(new GroupName("Admins"), null);
    group.rename(new GroupName("Operators"));
    assertEquals("Operators", group.displayName().value());
    GroupMember one = group.addMember(new User(new UserName("alice"), UserProfile.EMPTY));
    GroupMember two = group.addMember(new User(new UserName("bob"), UserProfile.EMPTY));
    assertNotEquals(one.id(), two.id());
    assertThrows(InvalidGroupException.class, () -> new Group(new GroupName("g"), " "));
  }

  @Test
  void rolesAssignToUsersAndGroupsAndBoundTheirDescription() {
    Role role = new Role(new RoleName("reader"), "Reads reports");
    assertEquals("Reads reports", role.description().orElseThrow());
    assertEquals(36, role.assignTo(new User(new UserName("a"), UserProfile.EMPTY)).id().length());
    assertEquals(36, role.assignTo(new Group(new GroupName("g"), null)).id().length());
    assertThrows(InvalidRoleException.class, () -> role.describe("x".repeat(1001)));
    role.describe(null);
    assertTrue(role.description().isEmpty());
  }
}
