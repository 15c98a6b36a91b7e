package org.portcullis.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.ChainVerification;
import org.portcullis.client.ClientAuthentication;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.PresentedCredentials;
import org.portcullis.client.Scope;
import org.portcullis.client.SecretHash;
import org.portcullis.directory.GroupDirectory;
import org.portcullis.directory.PasswordPolicies;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.Roles;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserProfile;
import org.portcullis.directory.password.PasswordPolicy;
import org.portcullis.key.KeyRotationPendingException;
import org.portcullis.key.SigningKeys;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.lifetime.TokenLifetimes;
import org.portcullis.platform.OAuthException;
import org.portcullis.platform.PageRequest;
import org.portcullis.scim.ScimGroups;
import org.portcullis.scim.ScimUsers;
import org.portcullis.session.SsoSessions;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.NoTenantInScopeException;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;
import org.portcullis.token.AccessTokenMinter;
import org.portcullis.token.AccessTokenVerifier;
import org.portcullis.token.RefreshGrant;
import org.portcullis.token.RefreshTokens;
import org.portcullis.token.SignIn;
import org.portcullis.token.UserTokenClaims;

/**
 * Tenant isolation inside the container, on the real web module: what one tenant wrote is invisible
 * to another through JPQL, {@code find} (the cache included), bulk updates and every service;
 * tenant-owned data cannot be reached without a tenant; a tenant's token is no platform token and a
 * token without {@code platform:admin} cannot administer tenants.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationInContainerIT {

  @Deployment
  static WebArchive deployment() {
    File web = new File(System.getProperty("portcullis.it.webWar"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, web)
        .addClasses(
            TenantIsolationInContainerIT.class,
            IsolationProbe.class,
            AuditProbe.class,
            AuditAppender.class,
            KeyRotator.class,
            DirectoryInContainerTests.class,
            PasswordInContainerTests.class,
            PasswordProbe.class);
  }

  @ArquillianResource URL base;

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject IsolationProbe probe;
  @Inject SigningKeys keys;
  @Inject ClientRegistry clients;
  @Inject ClientAuthentication clientAuthentication;
  @Inject UserDirectory users;
  @Inject AuditTrail trail;
  @Inject AuditProbe auditProbe;
  @Inject AuditAppender appender;
  @Inject KeyRotator rotator;
  @Inject GroupDirectory groups;
  @Inject RoleDirectory roles;
  @Inject ScimUsers scimUsers;
  @Inject ScimGroups scimGroups;
  @Inject UserTokenClaims userTokenClaims;
  @Inject AccessTokenMinter minter;
  @Inject AccessTokenVerifier verifier;
  @Inject PasswordPolicies policies;
  @Inject PasswordProbe passwordProbe;
  @Inject TokenLifetimePolicies lifetimes;
  @Inject SsoSessions sessions;
  @Inject RefreshTokens refreshTokens;

  private DirectoryInContainerTests directory() {
    return new DirectoryInContainerTests(
        scope, users, groups, roles, trail, probe, this::newTenant);
  }

  private PasswordInContainerTests passwords() {
    return new PasswordInContainerTests(
        scope, users, policies, trail, passwordProbe, this::newTenant);
  }

  @Test
  void aTenantsPasswordPolicyAppliesToItsUsersOnly() {
    passwords().aTenantsPolicyAppliesToItsUsersOnly();
  }

  @Test
  void aRefusedPasswordWritesNothing() {
    passwords().aRefusedPasswordWritesNothing();
  }

  @Test
  void aHashMadeWithOtherArgon2ParametersIsUpgradedAtSignIn() {
    passwords().aHashMadeWithOtherParametersIsUpgradedAtSignIn();
  }

  @Test
  void signInFailsForAWrongPasswordAnUnknownUserAndAnInactiveUserAndIsAudited() {
    passwords().signInFailsForAWrongPasswordAnUnknownUserAndAnInactiveUserAndIsAudited();
  }

  @Test
  void anUnknownUserCostsAnArgon2idVerificationLikeAWrongPassword() {
    passwords().anUnknownUserCostsAnArgon2idVerificationLikeAWrongPassword();
  }

  @Test
  void aPasswordPolicyChangeIsAuditedWithTheTenantAsTarget() {
    passwords().aPolicyChangeIsAuditedWithTheTenantAsTarget();
  }

  @Test
  void aTenantAdminTokenGovernsOnlyItsOwnTenantsPasswordPolicy() throws Exception {
    TenantId a = newTenant();
    TenantId b = newTenant();
    scope.runAs(
        a,
        () ->
            clients.register(client("a-admin", "a-admin-secret", Scope.TENANT_ADMIN, Roles.NONE)));
    scope.runAs(a, () -> clients.register(client("a-api", "a-api-secret", "api", Roles.NONE)));
    String adminOfA = token(a.value(), "a-admin", "a-admin-secret");

    var own = putPolicy(a, adminOfA, "{\"minLength\":12}");
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(own.body().contains("\"minLength\":12"), own.body());
    assertEquals(200, send(getPolicy(a, adminOfA)).statusCode());

    // RFC 6750 §3.1: A's token is no token at all in B (B's keys, then system's, reject it).
    var inB = putPolicy(b, adminOfA, "{\"minLength\":30}");
    assertEquals(401, inB.statusCode(), inB.body());
    assertTrue(
        inB.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));
    assertEquals(PasswordPolicy.NIST_DEFAULT, scope.runAs(b, policies::current));

    String apiOfA = token(a.value(), "a-api", "a-api-secret");
    var noScope = send(getPolicy(a, apiOfA));
    assertEquals(403, noScope.statusCode(), noScope.body());
    assertTrue(
        noScope
            .headers()
            .firstValue("WWW-Authenticate")
            .orElseThrow()
            .contains("insufficient_scope"));

    // A system token with tenant:admin administers system only, not every tenant.
    String clientId = "system-tenant-admin-" + UUID.randomUUID();
    scope.runAs(
        TenantId.SYSTEM,
        () -> clients.register(client(clientId, "sta-secret", Scope.TENANT_ADMIN, Roles.NONE)));
    var systemTenantAdminInB = send(getPolicy(b, token("system", clientId, "sta-secret")));
    assertEquals(403, systemTenantAdminInB.statusCode(), systemTenantAdminInB.body());
    assertEquals(new PasswordPolicy(12, 64, true), scope.runAs(a, policies::current));
  }

  @Test
  void effectiveRolesAreDirectPlusThroughGroupsEachOnce() {
    directory().effectiveRolesAreDirectPlusThroughGroupsEachOnce();
  }

  @Test
  void sameUserNameAndRoleNameLiveInTwoTenants() {
    directory().sameUserNameAndRoleNameLiveInTwoTenants();
  }

  @Test
  void anotherTenantSeesNoUsersGroupsRolesOrMemberships() {
    directory().anotherTenantSeesNoUsersGroupsRolesOrMemberships();
  }

  @Test
  void deletingAUserRemovesItsEmailsMembershipsAndAssignments() {
    directory().deletingAUserRemovesItsEmailsMembershipsAndAssignments();
  }

  @Test
  void userNamesAreUniqueWithoutRegardToCaseRfc7643Section4_1_1() {
    directory().userNamesAreUniqueWithoutRegardToCase();
  }

  @Test
  void everyDirectoryChangeIsAuditedWithTheObjectsIdAsTarget() {
    directory().everyDirectoryChangeIsAuditedWithTheObjectsIdAsTarget();
  }

  @Test
  void aTenantsTokenLifetimesGovernItsOwnSessionsAndRefreshTokensOnly() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    TokenLifetimes shorter =
        new TokenLifetimes(
            Duration.ofSeconds(120),
            Duration.ofMinutes(20),
            Duration.ofMinutes(2),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofDays(2));
    TokenLifetimes defaults = scope.runAs(b, lifetimes::current);
    scope.runAs(a, () -> lifetimes.change(shorter));
    assertEquals(shorter, scope.runAs(a, lifetimes::current));
    assertEquals(defaults, scope.runAs(b, lifetimes::current), "B keeps the platform's");
    assertEquals(Duration.ofHours(10), defaults.session());

    assertLifetimes(a, shorter);
    assertLifetimes(b, defaults);
  }

  /** A session and a refresh token family started now in {@code tenant} live as it says. */
  private void assertLifetimes(TenantId tenant, TokenLifetimes expected) {
    scope.runAs(
        tenant,
        () -> {
          String userId = createUser("lena", "a quiet meadow at dusk").id();
          SsoSessions.Started started = sessions.start(userId, List.of("pwd"), "1");
          Duration session =
              Duration.between(
                  started.session().authTime(), probe.sessionExpiry(started.session().id()));
          assertTrue(
              session.minus(expected.session()).abs().compareTo(Duration.ofSeconds(1)) < 0,
              session + " against " + expected.session());
          Instant before = Instant.now();
          for (boolean offline : new boolean[] {false, true}) {
            var issued =
                refreshTokens.issue(
                    new RefreshGrant(
                        "app",
                        userId,
                        Scope.parse("openid"),
                        List.of(),
                        new SignIn(started.session().id(), before, List.of("pwd"), "1"),
                        offline));
            List<OffsetDateTime> ends = probe.refreshExpiry(issued.familyId());
            Duration idle = offline ? expected.offlineIdle() : expected.refreshIdle();
            Duration max = offline ? expected.offlineMax() : expected.refreshMax();
            assertEquals(max.minus(idle), Duration.between(ends.get(0), ends.get(1)));
            Duration idleLeft = Duration.between(before, ends.get(0).toInstant());
            assertTrue(
                idleLeft.compareTo(idle) >= 0 && idleLeft.compareTo(idle.plusMinutes(1)) < 0,
                idleLeft + " against " + idle);
          }
          return null;
        });
  }

  @Test
  void aUsersTokenCarriesItsScimRolesAndGroupNamesAndTheNextTokenSeesEveryChange() {
    TenantId a = newTenant();
    Issuer issuer = new Issuer(base.toString().replaceAll("/$", "") + "/t/" + a.value());
    String scimBase = issuer.value() + "/scim/v2";
    OAuthClient app =
        scope.runAs(a, () -> clients.register(client("app", "app-secret", "openid", Roles.NONE)));
    String userId =
        scope.runAs(
            a,
            () ->
                scimUsers
                    .create(
                        scimJson(
                            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                                + "\"userName\":\"ann\",\"roles\":[{\"value\":\"reader\"}]}"),
                        scimBase)
                    .resource()
                    .getString("id"));
    String groupId =
        scope.runAs(
            a,
            () ->
                scimGroups
                    .create(
                        scimJson(
                            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                                + "\"displayName\":\"editors\",\"members\":[{\"value\":\""
                                + userId
                                + "\"}]}"),
                        scimBase)
                    .resource()
                    .getString("id"));
    assertEquals(java.util.Set.of("reader", "editors"), groupsClaim(a, issuer, app, userId));

    scope.runAs(
        a,
        () ->
            scimUsers.patch(
                userId,
                scimJson(
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"path\":\"roles\","
                        + "\"value\":[{\"value\":\"writer\"}]}]}"),
                null,
                scimBase));
    scope.runAs(
        a,
        () ->
            scimGroups.patch(
                groupId,
                scimJson(
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\","
                        + "\"value\":\"chief-editors\"}]}"),
                null,
                scimBase));
    assertEquals(java.util.Set.of("writer", "chief-editors"), groupsClaim(a, issuer, app, userId));
  }

  @Test
  void aTenantsOwnScimAndAdminTokensReachOnlyThatTenant() throws Exception {
    TenantId a = newTenant();
    TenantId b = newTenant();
    scope.runAs(b, () -> clients.register(client("prov", "prov-secret", "scim", Roles.NONE)));
    scope.runAs(b, () -> clients.register(client("ops", "ops-secret", "tenant:admin", Roles.NONE)));
    scope.runAs(b, () -> clients.register(client("api", "api-secret", "api", Roles.NONE)));
    String provisioning = token(b.value(), "prov", "prov-secret");
    String tenantAdmin = token(b.value(), "ops", "ops-secret");
    String other = token(b.value(), "api", "api-secret");

    assertEquals(200, bearerGet("t/" + b.value() + "/scim/v2/Users", provisioning).statusCode());
    assertEquals(200, bearerGet("t/" + b.value() + "/scim/v2/Groups", tenantAdmin).statusCode());
    var wrongScope = bearerGet("t/" + b.value() + "/scim/v2/Users", other);
    assertEquals(403, wrongScope.statusCode());
    assertTrue(wrongScope.body().contains("urn:ietf:params:scim:api:messages:2.0:Error"));
    assertEquals(401, bearerGet("t/" + a.value() + "/scim/v2/Users", provisioning).statusCode());
    assertEquals(401, bearerGet("t/" + a.value() + "/scim/v2/Users", tenantAdmin).statusCode());

    assertEquals(200, bearerGet("t/" + b.value() + "/admin/audit", tenantAdmin).statusCode());
    assertEquals(403, bearerGet("t/" + b.value() + "/admin/audit", provisioning).statusCode());
    assertEquals(401, bearerGet("t/" + a.value() + "/admin/audit", tenantAdmin).statusCode());
    assertEquals(401, bearerGet("admin/audit?tenant=" + b.value(), tenantAdmin).statusCode());
    assertEquals(401, bearerGet("admin/tenants", tenantAdmin).statusCode());
  }

  private java.util.Set<String> groupsClaim(
      TenantId tenant, Issuer issuer, OAuthClient client, String userId) {
    return scope.runAs(
        tenant,
        () -> {
          var user = users.find(userId).orElseThrow();
          String token =
              minter
                  .mint(
                      userTokenClaims.of(
                          issuer, client, user, Scope.parse("openid"), List.of(issuer.value())))
                  .value();
          return verifier.verify(token, issuer).orElseThrow().groups();
        });
  }

  private static jakarta.json.JsonObject scimJson(String text) {
    return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
  }

  private HttpResponse<String> bearerGet(String path, String token) throws Exception {
    return send(
        HttpRequest.newBuilder(endpoint(path)).header("Authorization", "Bearer " + token).build());
  }

  @Test
  void signingKeysOfOneTenantAreInvisibleToAnotherThroughJpqlFindAndCount() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    List<String> idsOfA = scope.runAs(a, probe::signingKeyIds);
    assertEquals(1, idsOfA.size());
    String keyOfA = idsOfA.get(0);
    // Load A's key first, so that a leaking cache would have it.
    assertTrue(scope.runAs(a, () -> probe.findSigningKeyKid(keyOfA)).isPresent());

    assertEquals(1L, scope.runAs(b, probe::signingKeyCount));
    assertFalse(scope.runAs(b, probe::signingKeyIds).contains(keyOfA));
    assertTrue(scope.runAs(b, () -> probe.findSigningKeyKid(keyOfA)).isEmpty());
    assertTrue(scope.runAs(b, () -> probe.signingKeyKidsWithId(keyOfA)).isEmpty());
    assertTrue(
        scope.runAs(a, keys::publishedKeys).getKeys().stream()
            .noneMatch(
                k -> scope.runAs(b, keys::publishedKeys).getKeyByKeyId(k.getKeyID()) != null));
  }

  @Test
  void usersAndBulkUpdatesStayInTheirTenant() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    String idOfA = scope.runAs(a, () -> createUser("alice", "first tenant secret").id());
    scope.runAs(b, () -> createUser("ALICE", "second tenant secret"));

    assertTrue(scope.runAs(b, () -> probe.findUserName(idOfA)).isEmpty());
    assertEquals(
        "ALICE",
        scope
            .runAs(b, () -> users.findByUserName(new UserName("alice")))
            .orElseThrow()
            .userName()
            .value());
    assertEquals(1, scope.runAs(b, probe::deactivateEveryUser));
    assertEquals(1L, scope.runAs(a, probe::activeUserCount), "A's user is untouched");
  }

  @Test
  void clientIdsAreUniquePerTenantAndSecretsDoNotCross() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    scope.runAs(a, () -> clients.register(client("shared-name", "secret-of-a", "api", Roles.NONE)));
    scope.runAs(b, () -> clients.register(client("shared-name", "secret-of-b", "api", Roles.NONE)));

    var wrongTenant = new PresentedCredentials("shared-name", "secret-of-a");
    assertThrows(
        OAuthException.class,
        () ->
            scope.runAs(
                b,
                () ->
                    clientAuthentication.authenticate(
                        Issuer.of("http://127.0.0.1", b), wrongTenant)));
    assertEquals(
        "shared-name",
        scope
            .runAs(
                a,
                () ->
                    clientAuthentication.authenticate(
                        Issuer.of("http://127.0.0.1", a), wrongTenant))
            .clientId()
            .value());
  }

  @Test
  void bootstrapAdminIsAPlatformAdminWithAnArgon2idPasswordInTenantSystemOnly() {
    // arquillian.xml gives the bootstrap password; the user name is the contract's default.
    var admin =
        scope
            .runAs(TenantId.SYSTEM, () -> users.findByUserName(new UserName("admin")))
            .orElseThrow();
    assertTrue(
        scope
            .runAs(TenantId.SYSTEM, () -> roles.effectiveRoles(admin.id()))
            .contains(Roles.PLATFORM_ADMIN));
    assertTrue(
        scope.runAs(
            TenantId.SYSTEM,
            () -> users.verifyPassword(admin, "arquillian-bootstrap-secret".toCharArray())));
    assertFalse(
        scope.runAs(TenantId.SYSTEM, () -> users.verifyPassword(admin, "wrong".toCharArray())));
    assertTrue(
        scope.runAs(newTenant(), () -> users.findByUserName(new UserName("admin"))).isEmpty());
  }

  @Test
  void tenantOwnedDataCannotBeReachedWithoutATenant() {
    assertTrue(scope.current().isEmpty());
    assertThrows(NoTenantInScopeException.class, probe::signingKeyCount);
    assertThrows(NoTenantInScopeException.class, keys::publishedKeys);
  }

  @Test
  void deletingATenantDeletesWhatItOwns() {
    TenantId a = newTenant();
    scope.runAs(a, () -> createUser("bob", "long enough secret"));
    tenants.delete(a);
    assertEquals(0L, scope.runAs(a, probe::signingKeyCount));
    assertEquals(0L, scope.runAs(a, probe::activeUserCount));
  }

  @Test
  void aTokenWithoutPlatformAdminScopeCannotCreateTenantsRfc6750InsufficientScope()
      throws Exception {
    String clientId = "reporter-" + UUID.randomUUID();
    scope.runAs(
        TenantId.SYSTEM,
        () -> clients.register(client(clientId, "reporter-secret", "reports:read", Roles.NONE)));
    String token = token("system", clientId, "reporter-secret");

    var refused = createTenant(token);
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("WWW-Authenticate")
            .orElseThrow()
            .contains("insufficient_scope"));
  }

  @Test
  void aTenantsOwnPlatformAdminScopedTokenIsNoPlatformToken() throws Exception {
    // Even a client registered in another tenant with the same scope and role name gets nothing:
    // the admin API trusts only tokens that tenant system issued and signed.
    TenantId a = newTenant();
    scope.runAs(
        a,
        () ->
            clients.register(
                client(
                    "impostor",
                    "impostor-secret",
                    Scope.PLATFORM_ADMIN,
                    Roles.of(Roles.PLATFORM_ADMIN))));
    String token = token(a.value(), "impostor", "impostor-secret");

    var refused = createTenant(token);
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(
        refused.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));
  }

  @Test
  void aTenantAdminRotatesItsOwnKeysButNotAnotherTenants() throws Exception {
    TenantId a = newTenant();
    TenantId b = newTenant();
    scope.runAs(
        a,
        () -> clients.register(client("keeper", "keeper-secret", Scope.TENANT_ADMIN, Roles.NONE)));
    String token = token(a.value(), "keeper", "keeper-secret");

    // A's token is checked against B's keys (and system's): it is no valid token in B at all.
    var foreign = rotateKeys(b, token);
    assertEquals(401, foreign.statusCode(), foreign.body());
    assertTrue(
        foreign.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));
    // B's own token without tenant:admin is valid there, but not enough.
    scope.runAs(
        b, () -> clients.register(client("reader", "reader-secret", "reports:read", Roles.NONE)));
    var refused = rotateKeys(b, token(b.value(), "reader", "reader-secret"));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("WWW-Authenticate")
            .orElseThrow()
            .contains("insufficient_scope"));
    assertEquals(1, scope.runAs(b, keys::list).size(), "b's keys are untouched");

    var own = rotateKeys(a, token);
    assertEquals(202, own.statusCode(), own.body());
    assertEquals(2, scope.runAs(a, keys::list).size());
  }

  @Test
  void concurrentRotationsOfOneTenantPublishOneNextKeyAndRefuseTheOthers() throws Exception {
    // The tenant's key task row is locked PESSIMISTIC_WRITE per rotation: never two next keys.
    TenantId a = newTenant();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> rotations = new java.util.ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        rotations.add(
            pool.submit(
                () -> {
                  start.await();
                  return rotator.rotate(a);
                }));
      }
      start.countDown();
      int rotated = 0;
      int refused = 0;
      for (Future<String> rotation : rotations) {
        try {
          rotation.get(120, TimeUnit.SECONDS);
          rotated++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(
              e.getCause() instanceof KeyRotationPendingException
                  || e.getCause().getCause() instanceof KeyRotationPendingException,
              e.getCause().toString());
          refused++;
        }
      }
      assertEquals(1, rotated);
      assertEquals(threads - 1, refused);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, scope.runAs(a, keys::list).size(), "the first key and one next key");
  }

  @Test
  void concurrentAppendsInOneTenantGiveAGapFreeIntactChain() throws Exception {
    // The head row is locked PESSIMISTIC_WRITE per append: the chain never forks.
    TenantId a = newTenant();
    int threads = 8;
    int perThread = 3;
    appendConcurrently(a, threads, perThread);
    long expected = 1 + threads * perThread;
    ChainVerification verification = scope.runAs(a, trail::verify);
    assertTrue(verification.intact(), verification.toString());
    assertEquals(expected, verification.events());
    var seqs =
        scope
            .runAs(a, () -> trail.page(AuditQuery.everything(), new PageRequest(0, 500)))
            .items()
            .stream()
            .mapToLong(e -> e.seq())
            .toArray();
    assertArrayEquals(LongStream.iterate(expected, s -> s - 1).limit(expected).toArray(), seqs);
  }

  @Test
  void aRowAlteredBehindTheServicesBackBreaksTheChainThere() {
    TenantId a = newTenant();
    for (int i = 0; i < 3; i++) {
      scope.runAs(a, () -> trail.record(AuditRecord.success("probe.append", "t")));
    }
    assertTrue(scope.runAs(a, trail::verify).intact());
    assertEquals(1, scope.runAs(a, () -> auditProbe.rewriteActor(3, "somebody-else")));
    ChainVerification verification = scope.runAs(a, trail::verify);
    assertFalse(verification.intact());
    assertEquals(java.util.Optional.of(3L), verification.firstBrokenLink());
  }

  @Test
  void oneTenantsTrailIsInvisibleInAnother() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    scope.runAs(a, () -> trail.record(AuditRecord.success("probe.secret", "of-a")));
    var onlyA = new AuditQuery("probe.secret", null, null, null, null);
    assertEquals(1L, scope.runAs(a, () -> trail.page(onlyA, new PageRequest(0, 10))).total());
    assertEquals(0L, scope.runAs(b, () -> trail.page(onlyA, new PageRequest(0, 10))).total());
    assertEquals(1L, scope.runAs(b, auditProbe::eventCount), "only b's own tenant.created");
    assertEquals(0, scope.runAs(b, () -> auditProbe.rewriteActor(2, "b-was-here")));
    assertTrue(scope.runAs(a, trail::verify).intact());
    assertEquals(1L, scope.runAs(b, trail::verify).events());
  }

  @Test
  void aCountThatStopsIsExactUpToItsLimitThenSaysOneMoreAndSeesOnlyItsTenant() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    for (int i = 0; i < 7; i++) {
      appender.append(a, AuditRecord.success("probe.counted", "t" + i));
    }
    appender.append(b, AuditRecord.success("probe.counted", "b"));
    var counted = new AuditQuery("probe.counted", null, null, null, null);
    var capped = scope.runAs(a, () -> trail.pageCountingUpTo(counted, new PageRequest(0, 2), 5));
    assertEquals(6L, capped.total(), "more than 5");
    assertEquals(
        List.of("t6", "t5"), capped.items().stream().map(e -> e.target().orElseThrow()).toList());
    assertEquals(
        7L,
        scope.runAs(a, () -> trail.pageCountingUpTo(counted, new PageRequest(0, 2), 7)).total());
    assertEquals(
        7L,
        scope.runAs(a, () -> trail.pageCountingUpTo(counted, new PageRequest(5, 5), 100)).total());
    assertEquals(
        1L,
        scope.runAs(b, () -> trail.pageCountingUpTo(counted, new PageRequest(0, 2), 5)).total());
  }

  /** Appends from {@code threads} threads at once, each call in its own transaction. */
  private void appendConcurrently(TenantId tenant, int threads, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> appends = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        appends.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    appender.append(tenant, AuditRecord.success("probe.concurrent", "t"));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> append : appends) {
        append.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private org.portcullis.directory.User createUser(String userName, String password) {
    return users.create(new UserName(userName), UserProfile.EMPTY, password.toCharArray());
  }

  private TenantId newTenant() {
    TenantId id = new TenantId("iso-" + UUID.randomUUID().toString().substring(0, 8));
    tenants.create(id, "Isolation " + id);
    return id;
  }

  private static OAuthClient client(String clientId, String secret, String scope, Roles roles) {
    return OAuthClient.confidential(
        new ClientId(clientId),
        clientId,
        SecretHash.of(secret),
        EnumSet.of(GrantType.CLIENT_CREDENTIALS),
        Scope.parse(scope),
        roles);
  }

  private String token(String tenant, String clientId, String secret) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + secret)
                    .getBytes(StandardCharsets.UTF_8));
    var response =
        send(
            HttpRequest.newBuilder(endpoint("t/" + tenant + "/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    assertEquals(200, response.statusCode(), response.body());
    var matcher =
        java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    assertTrue(matcher.find());
    return matcher.group(1);
  }

  private HttpResponse<String> putPolicy(TenantId tenant, String token, String json)
      throws Exception {
    return send(
        HttpRequest.newBuilder(endpoint("t/" + tenant.value() + "/admin/password-policy"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest getPolicy(TenantId tenant, String token) throws Exception {
    return HttpRequest.newBuilder(endpoint("t/" + tenant.value() + "/admin/password-policy"))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private HttpResponse<String> createTenant(String token) throws Exception {
    return send(
        HttpRequest.newBuilder(endpoint("admin/tenants"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"never-created\"}"))
            .build());
  }

  private HttpResponse<String> rotateKeys(TenantId tenant, String token) throws Exception {
    return send(
        HttpRequest.newBuilder(endpoint("t/" + tenant.value() + "/admin/keys/rotation"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build());
  }

  private URI endpoint(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
