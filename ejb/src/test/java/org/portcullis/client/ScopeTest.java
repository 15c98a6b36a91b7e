package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void orderAndDuplicatesCarryNoMeaning() {
    assertEquals(Scope.parse("b a a"), Scope.parse("  a   b "));
    assertEquals("a b", Scope.parse("b a a").format());
  }

  @Test
  void subsetDecidesWhatMayBeRequested() {
    Scope registered = Scope.parse("openid platform:admin");
    assertTrue(Scope.parse("platform:admin").isSubsetOf(registered));
    assertTrue(Scope.EMPTY.isSubsetOf(registered));
    assertFalse(Scope.parse("platform:admin scim").isSubsetOf(registered));
  }

  @Test
  void tokensAreNqcharOnlyRfc6749Section33() {
    assertThrows(IllegalArgumentException.class, () -> Scope.parse("a\"b"));
    assertThrows(IllegalArgumentException.class, () -> Scope.parse("a\\b"));
    assertThrows(IllegalArgumentException.class, () -> Scope.parse("é"));
    assertTrue(Scope.parse("").isEmpty());
  }
}
