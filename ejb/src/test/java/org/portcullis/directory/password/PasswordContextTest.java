package org.portcullis.directory.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.directory.password.PasswordCheck.Reason;

class PasswordContextTest {

  private static PasswordCheck check(String password, PasswordContext context) {
    return PasswordPolicy.NIST_DEFAULT.check(
        password.toCharArray(), context, CommonPasswords.of("password"));
  }

  @Test
  void aPasswordEqualToTheUserNameIsRefused() {
    PasswordCheck check = check("johnsmith", PasswordContext.forUser("JohnSmith"));
    assertEquals(Set.of(Reason.CONTEXT_SPECIFIC), check.reasons());
    assertEquals(
        List.of("Your password must not contain your user name. Please choose another one."),
        check.messages());
  }

  @Test
  void aPasswordContainingTheUserNameIgnoringCaseIsRefused() {
    assertEquals(
        Set.of(Reason.CONTEXT_SPECIFIC),
        check("my-ALICE-2024!", PasswordContext.forUser("alice")).reasons());
    // NFKC folds the full-width user name too.
    assertEquals(
        Set.of(Reason.CONTEXT_SPECIFIC),
        check("my-alice-2024!", PasswordContext.forUser("ＡＬＩＣＥ")).reasons());
  }

  @Test
  void userNamesShorterThanFourCharactersAreNotLookedFor() {
    assertTrue(check("bob likes long walks", PasswordContext.forUser("bob")).isOk());
    assertEquals(
        Set.of(Reason.CONTEXT_SPECIFIC),
        check("robert likes walks", PasswordContext.forUser("robert")).reasons());
  }

  @Test
  void aPasswordContainingTheServiceNameIsRefused() {
    PasswordContext context = PasswordContext.forUser("alice").withServiceName("Acme Corp");
    PasswordCheck check = check("i love acme corp!", context);
    assertEquals(Set.of(Reason.CONTEXT_SPECIFIC), check.reasons());
    assertTrue(check.messages().get(0).contains("the name of this service"));
  }

  @Test
  void withoutContextOnlyLengthAndTheBlocklistApply() {
    assertTrue(check("alice in wonderland", PasswordContext.NONE).isOk());
  }
}
