package org.portcullis.directory.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.directory.password.PasswordCheck.Reason;

class PasswordPolicyTest {

  private static final PasswordPolicy DEFAULT = PasswordPolicy.NIST_DEFAULT;
  private static final CommonPasswords SMALL_LIST = CommonPasswords.of("password", "letmein1");

  private static PasswordCheck check(PasswordPolicy policy, String password) {
    return policy.check(password.toCharArray(), PasswordContext.NONE, SMALL_LIST);
  }

  @Test
  void defaultsAreEightToSixtyFourWithTheBlocklist() {
    assertEquals(8, DEFAULT.minLength());
    assertEquals(64, DEFAULT.maxLength());
    assertTrue(DEFAULT.blocklist());
    assertTrue(check(DEFAULT, "a".repeat(8)).isOk());
    assertTrue(check(DEFAULT, "a".repeat(64)).isOk());
    assertEquals(Set.of(Reason.TOO_SHORT), check(DEFAULT, "a".repeat(7)).reasons());
    assertEquals(Set.of(Reason.TOO_LONG), check(DEFAULT, "a".repeat(65)).reasons());
  }

  @Test
  void aTenantMayRaiseTheMinimumAndTheMaximum() {
    PasswordPolicy strict = DEFAULT.withMinLength(15).withMaxLength(256);
    assertEquals(Set.of(Reason.TOO_SHORT), check(strict, "a".repeat(14)).reasons());
    assertTrue(check(strict, "a".repeat(15)).isOk());
    assertTrue(check(strict, "a".repeat(256)).isOk());
    assertEquals(Set.of(Reason.TOO_LONG), check(strict, "a".repeat(257)).reasons());
    assertEquals(new PasswordPolicy(15, 256, true), strict);
  }

  @Test
  void policiesBelowNistMinimumsAreRefused() {
    assertThrows(InvalidPasswordPolicyException.class, () -> DEFAULT.withMinLength(7));
    assertThrows(InvalidPasswordPolicyException.class, () -> DEFAULT.withMaxLength(63));
    assertThrows(InvalidPasswordPolicyException.class, () -> DEFAULT.withMaxLength(1025));
    assertThrows(InvalidPasswordPolicyException.class, () -> DEFAULT.withMinLength(65));
    assertEquals(1024, DEFAULT.withMaxLength(1024).maxLength());
  }

  @Test
  void lengthCountsCodePointsSoAnEmojiIsOneCharacter() {
    String sevenFaces = "\uD83D\uDE00".repeat(7); // 14 UTF-16 units, 7 code points
    assertEquals(Set.of(Reason.TOO_SHORT), check(DEFAULT, sevenFaces).reasons());
    assertTrue(check(DEFAULT, sevenFaces + "\uD83D\uDE00").isOk());
    assertTrue(check(DEFAULT, "\uD83D\uDE00".repeat(64)).isOk());
  }

  @Test
  void lengthIsCountedAfterNfkcSoCombiningMarksJoinTheirLetter() {
    // "e" + COMBINING ACUTE ACCENT normalizes to one code point, "é".
    String fourAccented = "e\u0301".repeat(4);
    assertEquals(Set.of(Reason.TOO_SHORT), check(DEFAULT, fourAccented + "abc").reasons());
    assertTrue(check(DEFAULT, fourAccented + "abcd").isOk());
    // The ligature "ﬁ" is one code point that NFKC expands to two: "f", "i".
    assertTrue(check(DEFAULT, "\uFB01".repeat(4)).isOk());
  }

  @Test
  void inputFarBeyondTheMaximumIsRefusedAsTooLong() {
    PasswordCheck check = check(DEFAULT, "a".repeat(10_000));
    assertEquals(Set.of(Reason.TOO_LONG), check.reasons());
  }

  @Test
  void blocklistHitsIgnoreCaseAndCompatibilityForms() {
    assertEquals(Set.of(Reason.COMMON), check(DEFAULT, "PassWord").reasons());
    assertEquals(Set.of(Reason.COMMON), check(DEFAULT, "ＬＥＴＭＥＩＮ１").reasons());
    assertTrue(check(DEFAULT.withBlocklist(false), "password").isOk());
  }

  @Test
  void noCompositionRulesSoALongLowerCasePassphrasePasses() {
    assertTrue(check(DEFAULT, "correct horse battery staple").isOk());
    assertTrue(check(DEFAULT, "39481027").isOk());
    assertTrue(check(DEFAULT, "        spaces count too").isOk());
  }

  @Test
  void everyBrokenRuleIsReported() {
    PasswordPolicy policy = DEFAULT.withMinLength(10);
    PasswordCheck check =
        policy.check("PASSWORD".toCharArray(), PasswordContext.forUser("password"), SMALL_LIST);
    assertFalse(check.isOk());
    assertEquals(Set.of(Reason.TOO_SHORT, Reason.COMMON, Reason.CONTEXT_SPECIFIC), check.reasons());
    assertEquals(3, check.messages().size());
  }

  @Test
  void messagesNeverContainThePassword() {
    for (String password :
        new String[] {"hunter2", "Trustno1", "alice-sOup-2024", "x".repeat(65)}) {
      PasswordCheck check =
          DEFAULT.check(
              password.toCharArray(), PasswordContext.forUser("alice").withServiceName("Soup"));
      assertFalse(check.isOk(), password);
      for (String message : check.messages()) {
        assertFalse(message.toLowerCase().contains(password.toLowerCase()), message);
        assertFalse(check.toString().contains(password), "toString()");
      }
    }
  }

  @Test
  void checkingLeavesThePasswordArrayUntouched() {
    char[] password = "Correct Horse".toCharArray();
    DEFAULT.check(password, PasswordContext.NONE);
    assertEquals("Correct Horse", new String(password));
  }
}
