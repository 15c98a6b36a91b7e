package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserQueryTest {

  @Test
  void aBlankPrefixSelectsEveryUser() {
    assertTrue(UserQuery.startingWith("  ", false).userNamePrefix().isEmpty());
    assertTrue(UserQuery.startingWith(null, true).keyPrefix().isEmpty());
  }

  @Test
  void thePrefixIsComparedLikeTheUserNameKeyInLowerCase() {
    assertEquals(Optional.of("gra"), UserQuery.startingWith(" GRA ", false).keyPrefix());
    assertEquals(
        Optional.of(new UserName("GRACE").key().substring(0, 3)),
        UserQuery.startingWith("GrA", false).keyPrefix());
  }

  @Test
  void theUpperBoundIsTheFirstKeyAfterEveryKeyWithThePrefix() {
    assertEquals(Optional.of("grb"), UserQuery.upperBound("gra"));
    String high = UserQuery.upperBound("gra").orElseThrow();
    assertTrue("gra".compareTo(high) < 0);
    assertTrue("grazzzz".compareTo(high) < 0);
    assertFalse("grb".compareTo(high) < 0);
    assertEquals(Optional.empty(), UserQuery.upperBound("a" + Character.MAX_VALUE));
  }

  @Test
  void likeWildcardsInThePrefixAreLiteral() {
    assertEquals("a\\%b\\_c\\\\%", UserQuery.likePattern("a%b_c\\"));
  }

  @Test
  void aPrefixLongerThanAUserNameIsCut() {
    String prefix = "x".repeat(300);
    assertEquals(
        UserName.MAX_LENGTH,
        UserQuery.startingWith(prefix, false).userNamePrefix().orElseThrow().length());
  }
}
