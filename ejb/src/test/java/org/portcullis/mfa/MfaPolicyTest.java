package org.portcullis.mfa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MfaPolicyTest {

  @Test
  void requiredForEveryoneOrForTheNamedRoles() {
    assertTrue(new MfaPolicy(MfaMode.REQUIRED, Set.of()).requires(Set.of()));
    var operators = new MfaPolicy(MfaMode.REQUIRED, Set.of("operator"));
    assertTrue(operators.requires(Set.of("reader", "operator")));
    assertFalse(operators.requires(Set.of("reader")));
    assertFalse(MfaPolicy.DEFAULT.requires(Set.of("operator")));
    assertFalse(new MfaPolicy(MfaMode.OFF, Set.of()).requires(Set.of("operator")));
  }

  @Test
  void rolesGoOnlyWithRequiredAndAModeIsNeeded() {
    assertThrows(
        InvalidMfaPolicyException.class, () -> new MfaPolicy(MfaMode.OPTIONAL, Set.of("x")));
    assertThrows(InvalidMfaPolicyException.class, () -> new MfaPolicy(null, Set.of()));
  }
}
