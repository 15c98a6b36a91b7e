package org.portcullis.directory.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.directory.password.PasswordCheck.Reason;

class CommonPasswordsTest {

  @Test
  void theShippedListHoldsThirtyThousandPasswordsReadOnce() {
    CommonPasswords shipped = CommonPasswords.shipped();
    assertEquals(30_000, shipped.size());
    assertSame(shipped, CommonPasswords.shipped());
  }

  @Test
  void theShippedListHasTheObviousOnes() {
    CommonPasswords shipped = CommonPasswords.shipped();
    for (String common : new String[] {"password", "123456", "qwerty", "letmein", "iloveyou"}) {
      assertTrue(shipped.contains(common), common);
    }
    assertFalse(shipped.contains("correct horse battery staple"));
  }

  @Test
  void matchingIgnoresCaseAndCompatibilityForms() {
    CommonPasswords shipped = CommonPasswords.shipped();
    assertTrue(shipped.contains("PassWord"));
    assertTrue(shipped.contains("ＱＷＥＲＴＹ")); // full-width letters, folded by NFKC
  }

  @Test
  void readingSkipsCommentsAndBlankLinesAndFoldsEntries() throws IOException {
    CommonPasswords list =
        CommonPasswords.read(new StringReader("# a header\n\nPassword\npassword\nLetMeIn\n"));
    assertEquals(2, list.size());
    assertTrue(list.contains("letmein"));
    assertFalse(list.contains("# a header"));
  }

  @Test
  void theDefaultPolicyRefusesACommonPasswordOfEightCharacters() {
    PasswordCheck check =
        PasswordPolicy.NIST_DEFAULT.check("Password".toCharArray(), PasswordContext.NONE);
    assertEquals(Set.of(Reason.COMMON), check.reasons());
  }
}
