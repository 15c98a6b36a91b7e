package org.portcullis.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void limitIsOneTo500AndOffsetNotNegative() {
    new PageRequest(0, 1);
    new PageRequest(10, 500);
    assertThrows(InvalidPageRequestException.class, () -> new PageRequest(0, 0));
    assertThrows(InvalidPageRequestException.class, () -> new PageRequest(0, 501));
    assertThrows(InvalidPageRequestException.class, () -> new PageRequest(-1, 10));
  }

  @Test
  void aPageKnowsWhetherMoreRemain() {
    assertTrue(new Page<>(List.of("a", "b"), 3, 0, 2).hasNext());
    assertFalse(new Page<>(List.of("c"), 3, 2, 2).hasNext());
  }
}
