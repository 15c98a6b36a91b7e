package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryValuesTest {

  @Test
  void userNamesKeepTheirCaseAndCompareWithoutItThroughTheirKey() {
    UserName upper = new UserName("ALICE");
    assertEquals("ALICE", upper.value());
    assertEquals(new UserName("alice").key(), upper.key());
    assertNotEquals(new UserName("alice"), upper);
  }

  @Test
  void userNameKeysDoNotDependOnTheDefaultLocale() {
    assertEquals("title", new UserName("TITLE").key());
  }

  @Test
  void blankOrOverlongUserNamesAreInvalidUserProblems() {
    var blank = assertThrows(InvalidUserException.class, () -> new UserName("  "));
    assertEquals(400, blank.problemType().status());
    assertEquals("invalid-user", blank.problemType().name());
    assertThrows(InvalidUserException.class, () -> new UserName("x".repeat(256)));
    assertThrows(InvalidUserException.class, () -> new UserName(null));
  }

  @Test
  void userNamesAndEmailsKeepPersonalDataOutOfToString() {
    assertFalse(new UserName("alice").toString().contains("alice"));
    assertFalse(new Email("alice@example.com", "work", true).toString().contains("alice"));
    assertFalse(UserProfile.EMPTY.withDisplayName("Alice").toString().contains("Alice"));
  }

  @Test
  void emailsMustBeShapedLikeAddresses() {
    assertEquals("work", new Email("a@example.com", "work", false).typeIfAny().orElseThrow());
    assertThrows(InvalidUserException.class, () -> Email.of("no-at-sign"));
    assertThrows(InvalidUserException.class, () -> Email.of("two@@example.com"));
    assertThrows(InvalidUserException.class, () -> new Email("a@example.com", " ", false));
  }

  @Test
  void atMostOneEmailIsPrimaryRfc7643Section2_4() {
    var twoPrimaries =
        List.of(new Email("a@example.com", null, true), new Email("b@example.com", null, true));
    assertThrows(
        InvalidUserException.class,
        () -> new UserProfile(null, null, null, null, null, twoPrimaries));
  }

  @Test
  void profileTextsAreNeitherBlankNorOverlong() {
    assertThrows(InvalidUserException.class, () -> UserProfile.EMPTY.withDisplayName(""));
    assertThrows(
        InvalidUserException.class, () -> UserProfile.EMPTY.withDisplayName("x".repeat(256)));
    assertTrue(new UserProfile(null, null, null, null, null, null).emails().isEmpty());
  }

  @Test
  void roleNamesFollowTheRolesRuleAndAreCaseSensitive() {
    assertEquals(Roles.PLATFORM_ADMIN, RoleName.PLATFORM_ADMIN.value());
    assertNotEquals(new RoleName("Reader"), new RoleName("reader"));
    var spaced = assertThrows(InvalidRoleException.class, () -> new RoleName("two words"));
    assertEquals("invalid-role", spaced.problemType().name());
    assertThrows(InvalidRoleException.class, () -> new RoleName(""));
  }

  @Test
  void groupNamesCompareWithoutCaseThroughTheirKey() {
    assertEquals(new GroupName("Admins").key(), new GroupName("ADMINS").key());
    assertThrows(InvalidGroupException.class, () -> new GroupName(" "));
  }

  @Test
  void domainExceptionsDeclareTheirProblemTypes() {
    assertEquals(409, new UserNameTakenException().problemType().status());
    assertEquals("user-name-taken", UserNameTakenException.TYPE.name());
    assertEquals(404, new UserNotFoundException("x").problemType().status());
    assertEquals(404, new RoleNotFoundException(new RoleName("r")).problemType().status());
    assertEquals("role-not-found", RoleNotFoundException.TYPE.name());
    assertEquals(409, new GroupNameTakenException(new GroupName("g")).problemType().status());
    assertEquals(409, new RoleNameTakenException(new RoleName("r")).problemType().status());
    assertEquals(404, new GroupNotFoundException("x").problemType().status());
  }
}
