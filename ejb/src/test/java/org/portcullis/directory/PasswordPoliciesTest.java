package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.audit.AuditRecord;
import org.portcullis.directory.password.InvalidPasswordException;
import org.portcullis.directory.password.PasswordCheck;
import org.portcullis.directory.password.PasswordCheck.Reason;
import org.portcullis.directory.password.PasswordPolicy;
import org.portcullis.tenant.TenantId;

/** The pure parts of storing and enforcing a tenant's policy; the service runs in the ITs. */
class PasswordPoliciesTest {

  private static final UserName MALLORY = new UserName("Mallory");

  private static PasswordCheck check(String password, Optional<String> tenantName) {
    return PasswordPolicy.NIST_DEFAULT.check(
        password.toCharArray(), PasswordPolicies.contextOf(MALLORY, tenantName));
  }

  @Test
  void aPasswordMustNotContainTheUserNameInAnyCaseNist800_63bSection5_1_1_2() {
    assertEquals(Set.of(Reason.CONTEXT_SPECIFIC), check("mallory!!", Optional.empty()).reasons());
    assertEquals(
        Set.of(Reason.CONTEXT_SPECIFIC), check("xx-MALLORY-xx", Optional.empty()).reasons());
    assertTrue(check("quiet meadow lantern", Optional.empty()).isOk());
  }

  @Test
  void aPasswordMustNotContainTheTenantsDisplayName() {
    assertEquals(
        Set.of(Reason.CONTEXT_SPECIFIC),
        check("i love acme corp!", Optional.of("Acme Corp")).reasons());
    assertTrue(check("i love acme corp!", Optional.empty()).isOk());
  }

  @Test
  void theStoredPolicyKeepsEveryRuleAndIsReplacedWhole() {
    var stored = new TenantPasswordPolicy(new TenantId("acme"), new PasswordPolicy(12, 128, false));
    assertEquals(new PasswordPolicy(12, 128, false), stored.policy());
    stored.replace(PasswordPolicy.NIST_DEFAULT);
    assertEquals(PasswordPolicy.NIST_DEFAULT, stored.policy());
  }

  @Test
  void aRefusalSaysWhichRulesAndNeverQuotesThePassword() {
    String password = "mallory";
    var refused =
        new InvalidPasswordException(
            PasswordPolicy.NIST_DEFAULT.check(
                password.toCharArray(), PasswordPolicies.contextOf(MALLORY, Optional.empty())));
    assertEquals(Set.of(Reason.TOO_SHORT, Reason.CONTEXT_SPECIFIC), refused.reasons());
    assertEquals(400, refused.problemType().status());
    assertEquals("urn:portcullis:problem:invalid-password", refused.problemType().uri());
    assertTrue(refused.getMessage().contains("at least 8 characters"), refused.getMessage());
    assertTrue(refused.getMessage().contains("user name"), refused.getMessage());
    assertFalse(refused.getMessage().toLowerCase().contains(password));
    assertThrows(
        IllegalArgumentException.class, () -> new InvalidPasswordException(PasswordCheck.ok()));
  }

  @Test
  void authenticationFailuresAreWellFormedAuditActions() {
    for (AuthenticationFailure failure : AuthenticationFailure.values()) {
      assertTrue(AuditRecord.isValidAction(failure.action()), failure.action());
      assertTrue(failure.action().startsWith("user.authentication.failed."));
    }
    assertTrue(AuditRecord.isValidAction(UserDirectory.AUTHENTICATED));
    assertTrue(AuditRecord.isValidAction(UserDirectory.PASSWORD_REHASHED));
    assertTrue(AuditRecord.isValidAction(PasswordPolicies.CHANGED));
  }
}
