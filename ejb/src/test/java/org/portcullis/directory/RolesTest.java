package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

  @Test
  void storedFormRoundTripsWithoutDuplicates() {
    Roles roles = Roles.of("tenant-admin", "app:reader", "tenant-admin");
    assertEquals("app:reader tenant-admin", roles.format());
    assertEquals(roles, Roles.parse(roles.format()));
    assertEquals(Set.of("app:reader", "tenant-admin"), roles.names());
    assertEquals(Roles.NONE, Roles.parse(""));
  }

  @Test
  void roleNamesHaveNoSpaces() {
    assertThrows(IllegalArgumentException.class, () -> Roles.of("two words"));
    assertThrows(IllegalArgumentException.class, () -> Roles.of(""));
  }
}
