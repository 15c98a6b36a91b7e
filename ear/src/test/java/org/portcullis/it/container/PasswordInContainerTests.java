package org.portcullis.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.portcullis.audit.AuditEvent;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.Outcome;
import org.portcullis.directory.Argon2Parameters;
import org.portcullis.directory.Argon2idPasswordHash;
import org.portcullis.directory.AuthenticationFailure;
import org.portcullis.directory.PasswordPolicies;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserProfile;
import org.portcullis.directory.password.InvalidPasswordException;
import org.portcullis.directory.password.PasswordCheck.Reason;
import org.portcullis.directory.password.PasswordPolicy;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Password policy and sign-in checks inside the container, run by {@link
 * TenantIsolationInContainerIT} (they share its deployment). Each check makes its own tenants.
 */
final class PasswordInContainerTests {

  /** The hashes the platform makes with its default configuration (arquillian.xml sets none). */
  private static final String CURRENT_PHC_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

  private static final String GOOD = "quiet meadow lantern";

  private final TenantScope scope;
  private final UserDirectory users;
  private final PasswordPolicies policies;
  private final AuditTrail trail;
  private final PasswordProbe probe;
  private final Supplier<TenantId> newTenant;

  PasswordInContainerTests(
      TenantScope scope,
      UserDirectory users,
      PasswordPolicies policies,
      AuditTrail trail,
      PasswordProbe probe,
      Supplier<TenantId> newTenant) {
    this.scope = scope;
    this.users = users;
    this.policies = policies;
    this.trail = trail;
    this.probe = probe;
    this.newTenant = newTenant;
  }

  void aTenantsPolicyAppliesToItsUsersOnly() {
    TenantId a = newTenant.get();
    TenantId b = newTenant.get();
    scope.runAs(a, () -> policies.change(new PasswordPolicy(24, 128, true)));

    assertEquals(new PasswordPolicy(24, 128, true), scope.runAs(a, policies::current));
    assertEquals(PasswordPolicy.NIST_DEFAULT, scope.runAs(b, policies::current));
    assertEquals(0L, scope.runAs(b, probe::policyRowCount), "B sees no row of A's");
    var refused =
        assertThrows(InvalidPasswordException.class, () -> scope.runAs(a, () -> create("olga")));
    assertEquals(Set.of(Reason.TOO_SHORT), refused.reasons());
    assertTrue(refused.getMessage().contains("at least 24"), refused.getMessage());
    assertEquals("olga", scope.runAs(b, () -> create("olga")).userName().value());
  }

  void aRefusedPasswordWritesNothing() {
    TenantId a = newTenant.get();
    String peggy = scope.runAs(a, () -> create("peggy").id());
    String hash = scope.runAs(a, () -> probe.storedHash(peggy));
    long users = scope.runAs(a, probe::userCount);
    long events = eventCount(a);

    char[] containsName = "peggy2-likes-tea".toCharArray();
    var byName =
        assertThrows(
            InvalidPasswordException.class,
            () -> scope.runAs(a, () -> newUser("peggy2", containsName)));
    assertEquals(Set.of(Reason.CONTEXT_SPECIFIC), byName.reasons());
    assertFalse(byName.getMessage().contains("peggy"), "the detail never quotes the password");
    assertArrayEquals(new char[containsName.length], containsName, "wiped all the same");
    var common =
        assertThrows(
            InvalidPasswordException.class,
            () -> scope.runAs(a, () -> change(peggy, "password123")));
    assertEquals(Set.of(Reason.COMMON), common.reasons());

    assertEquals(users, scope.runAs(a, probe::userCount));
    assertTrue(scope.runAs(a, () -> this.users.findByUserName(new UserName("peggy2"))).isEmpty());
    assertEquals(hash, scope.runAs(a, () -> probe.storedHash(peggy)), "the old hash stays");
    assertEquals(events, eventCount(a), "no user.created, no user.password.changed");
  }

  void aHashMadeWithOtherParametersIsUpgradedAtSignIn() {
    TenantId a = newTenant.get();
    String quinn = scope.runAs(a, () -> create("quinn").id());
    String old =
        new Argon2idPasswordHash(new Argon2Parameters(64, 1, 1)).generate(GOOD.toCharArray());
    assertEquals(1, scope.runAs(a, () -> probe.replaceHash(quinn, old)));

    assertEquals(quinn, signIn(a, "quinn", GOOD).orElseThrow().id());
    String upgraded = scope.runAs(a, () -> probe.storedHash(quinn));
    assertTrue(upgraded.startsWith(CURRENT_PHC_PREFIX), upgraded);
    assertNotEquals(old, upgraded);
    assertEquals(quinn, signIn(a, "quinn", GOOD).orElseThrow().id(), "the new hash verifies");
    assertEquals(upgraded, scope.runAs(a, () -> probe.storedHash(quinn)), "upgraded once");

    List<AuditEvent> events = events(a);
    assertEquals(1, count(events, UserDirectory.PASSWORD_REHASHED, quinn));
    assertEquals(2, count(events, UserDirectory.AUTHENTICATED, quinn));
  }

  void signInFailsForAWrongPasswordAnUnknownUserAndAnInactiveUserAndIsAudited() {
    TenantId a = newTenant.get();
    String rita = scope.runAs(a, () -> create("rita").id());
    char[] wrong = "not ritas password".toCharArray();
    assertTrue(scope.runAs(a, () -> users.authenticate(new UserName("rita"), wrong)).isEmpty());
    assertArrayEquals(new char[wrong.length], wrong, "wiped");
    assertTrue(signIn(a, "nobody", GOOD).isEmpty());
    assertTrue(signIn(a, "RITA", GOOD).isPresent(), "userName without regard to case");
    scope.runAs(a, () -> users.deactivate(rita));
    assertTrue(signIn(a, "rita", GOOD).isEmpty());
    assertTrue(signIn(newTenant.get(), "rita", GOOD).isEmpty(), "another tenant's user");

    List<AuditEvent> events = events(a);
    AuditEvent wrongPassword = only(events, AuthenticationFailure.WRONG_PASSWORD.action());
    assertEquals(Outcome.FAILURE, wrongPassword.outcome());
    assertEquals(Optional.of(rita), wrongPassword.target());
    assertEquals(
        Optional.empty(), only(events, AuthenticationFailure.UNKNOWN_USER.action()).target());
    assertEquals(Optional.of(rita), only(events, AuthenticationFailure.INACTIVE.action()).target());
    assertEquals(Outcome.SUCCESS, only(events, UserDirectory.AUTHENTICATED).outcome());
    assertTrue(events.stream().noneMatch(e -> e.target().orElse("").contains(GOOD)));
    assertTrue(scope.runAs(a, trail::verify).intact());
  }

  void anUnknownUserCostsAnArgon2idVerificationLikeAWrongPassword() {
    // Without the decoy hash an unknown user answers in well under a millisecond, while a
    // verification with the default parameters (19 MiB, 2 passes) takes tens of milliseconds.
    // The minimum of several runs is robust to a busy machine, which only slows runs down.
    TenantId a = newTenant.get();
    scope.runAs(a, () -> create("sybil"));
    signIn(a, "nobody", GOOD); // warm up: the first decoy use makes the decoy
    long known = Long.MAX_VALUE;
    long unknown = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      assertTrue(signIn(a, "sybil", "wrong password here").isEmpty());
      long t1 = System.nanoTime();
      assertTrue(signIn(a, "nobody-" + i, "wrong password here").isEmpty());
      long t2 = System.nanoTime();
      known = Math.min(known, t1 - t0);
      unknown = Math.min(unknown, t2 - t1);
    }
    assertTrue(unknown > known / 3, "unknown " + unknown + " ns, known user " + known + " ns");
  }

  void aPolicyChangeIsAuditedWithTheTenantAsTarget() {
    TenantId a = newTenant.get();
    scope.runAs(a, () -> policies.change(new PasswordPolicy(12, 64, true)));
    scope.runAs(a, () -> policies.change(new PasswordPolicy(10, 64, false)));
    assertEquals(1L, scope.runAs(a, probe::policyRowCount), "one row per tenant, replaced");
    assertEquals(new PasswordPolicy(10, 64, false), scope.runAs(a, policies::current));
    assertEquals(2, count(events(a), PasswordPolicies.CHANGED, a.value()));
    // Without the blocklist a common password of the right length is allowed.
    assertEquals(
        "trent",
        scope.runAs(a, () -> newUser("trent", "password123".toCharArray())).userName().value());
  }

  private User create(String userName) {
    return newUser(userName, GOOD.toCharArray());
  }

  private User newUser(String userName, char[] password) {
    return users.create(new UserName(userName), UserProfile.EMPTY, password);
  }

  private Void change(String id, String password) {
    users.changePassword(id, password.toCharArray());
    return null;
  }

  private Optional<User> signIn(TenantId tenant, String userName, String password) {
    return scope.runAs(
        tenant, () -> users.authenticate(new UserName(userName), password.toCharArray()));
  }

  private long eventCount(TenantId tenant) {
    return scope
        .runAs(tenant, () -> trail.page(AuditQuery.everything(), new PageRequest(0, 1)))
        .total();
  }

  private List<AuditEvent> events(TenantId tenant) {
    return scope.runAs(
        tenant, () -> trail.page(AuditQuery.everything(), new PageRequest(0, 500)).items());
  }

  private static long count(List<AuditEvent> events, String action, String target) {
    return events.stream()
        .filter(e -> e.action().equals(action) && e.target().equals(Optional.of(target)))
        .count();
  }

  private static AuditEvent only(List<AuditEvent> events, String action) {
    List<AuditEvent> matching = events.stream().filter(e -> e.action().equals(action)).toList();
    assertEquals(1, matching.size(), action + " in " + events);
    return matching.get(0);
  }
}
