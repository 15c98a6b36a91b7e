package org.portcullis.web.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.portcullis.directory.password.InvalidPasswordPolicyException;
import org.portcullis.directory.password.PasswordPolicy;

class PasswordPolicyRepresentationTest {

  @Test
  void membersLeftOutTakeTheirDefaults() {
    assertEquals(
        PasswordPolicy.NIST_DEFAULT, new PasswordPolicyRepresentation(null, null, null).toPolicy());
    assertEquals(
        new PasswordPolicy(12, 64, true),
        new PasswordPolicyRepresentation(12, null, null).toPolicy());
    assertEquals(
        new PasswordPolicy(8, 128, false),
        new PasswordPolicyRepresentation(null, 128, false).toPolicy());
  }

  @Test
  void aPolicyNistForbidsIsRefused() {
    assertThrows(
        InvalidPasswordPolicyException.class,
        () -> new PasswordPolicyRepresentation(6, null, null).toPolicy());
    assertThrows(
        InvalidPasswordPolicyException.class,
        () -> new PasswordPolicyRepresentation(null, 32, null).toPolicy());
    assertThrows(
        InvalidPasswordPolicyException.class,
        () -> new PasswordPolicyRepresentation(100, 80, null).toPolicy());
  }

  @Test
  void theRepresentationShowsEveryRule() {
    assertEquals(
        new PasswordPolicyRepresentation(8, 64, true),
        PasswordPolicyRepresentation.of(PasswordPolicy.NIST_DEFAULT));
  }
}
