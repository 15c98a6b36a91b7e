package org.portcullis.scim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void aMatchingWeakOrStrongTagOrAStarOrNoHeaderPasses() {
    assertDoesNotThrow(() -> Versions.requireMatch(null, 3));
    assertDoesNotThrow(() -> Versions.requireMatch("W/\"3\"", 3));
    assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
    assertDoesNotThrow(() -> Versions.requireMatch("W/\"1\", W/\"3\"", 3));
    assertDoesNotThrow(() -> Versions.requireMatch("*", 3));
  }

  @Test
  void anotherVersionIs412() {
    ScimException refused =
        assertThrows(ScimException.class, () -> Versions.requireMatch("W/\"2\"", 3));
    assertEquals(412, refused.status());
  }
}
