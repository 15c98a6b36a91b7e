package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The platform admin API for tenants (contract, "Tenants"), seen from outside. */
class TenantAdminApiIT {

  private final Platform platform = Platform.get();
  private final URI tenants = platform.base().resolve("/admin/tenants");
  private final String bearer = "Bearer " + Tokens.platformAdmin(platform);

  @Test
  void createdTenantIsAnIssuerWithItsOwnSigningKey() throws Exception {
    String id = uniqueId("acme");
    var created =
        Http.postJson(tenants, "{\"id\":\"" + id + "\",\"displayName\":\"Acme Corp\"}", auth());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(tenants + "/" + id, created.headers().firstValue("Location").orElseThrow());
    var body = Http.json(created);
    assertEquals(id, body.get("id"));
    assertEquals("Acme Corp", body.get("displayName"));
    assertEquals(platform.issuer(id), body.get("issuer"));

    var discovery = Http.get(URI.create(platform.issuer(id) + "/.well-known/openid-configuration"));
    assertEquals(200, discovery.statusCode());
    assertEquals(platform.issuer(id), Http.json(discovery).get("issuer"));

    JWKSet own = JWKSet.parse(Http.get(URI.create(platform.issuer(id) + "/jwks")).body());
    JWKSet system = JWKSet.parse(Http.get(URI.create(platform.issuer("system") + "/jwks")).body());
    assertEquals(1, own.getKeys().size());
    assertEquals(Curve.P_256, ((ECKey) own.getKeys().get(0)).getCurve());
    assertEquals(
        null, system.getKeyByKeyId(own.getKeys().get(0).getKeyID()), "tenants never share keys");

    var read = Http.get(URI.create(tenants + "/" + id), auth());
    assertEquals(200, read.statusCode());
    assertEquals("Acme Corp", Http.json(read).get("displayName"));
  }

  @Test
  void duplicateTenantIsAConflict() {
    String id = uniqueId("dup");
    assertEquals(201, create(id).statusCode());
    var again = create(id);
    assertProblem(again, 409, "urn:portcullis:problem:tenant-exists");
  }

  @Test
  void concurrentCreationsOfOneIdGiveOneTenantAndConflicts() throws Exception {
    String id = uniqueId("race");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> attempts = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        attempts.add(pool.submit(() -> create(id).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> attempt : attempts) {
        statuses.add(attempt.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
      assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidTenantIdIsABadRequestProblem() {
    for (String id : List.of("Acme", "acme_corp", "-acme", "", "a".repeat(64))) {
      assertProblem(create(id), 400, "urn:portcullis:problem:invalid-tenant-id");
    }
  }

  @Test
  void unreadableOrIncompleteBodiesAreBadRequests() {
    assertProblem(Http.postJson(tenants, "not json", auth()), 400, "about:blank");
    assertProblem(
        Http.postJson(tenants, "{}", auth()), 400, "urn:portcullis:problem:invalid-tenant");
    assertProblem(
        Http.postJson(
            tenants, "{\"id\":\"" + uniqueId("blank") + "\",\"displayName\":\" \"}", auth()),
        400,
        "urn:portcullis:problem:invalid-tenant");
  }

  @Test
  void listIsPagedWithTotalAndNextLink() {
    for (int i = 0; i < 3; i++) {
      assertEquals(201, create(uniqueId("page" + i)).statusCode());
    }
    var first = Http.get(URI.create(tenants + "?offset=0&limit=2"), auth());
    assertEquals(200, first.statusCode());
    var body = Http.json(first);
    long total = ((Number) body.get("total")).longValue();
    assertTrue(total >= 4, "system and three more");
    assertEquals(2, ((List<?>) body.get("items")).size());
    String link = first.headers().firstValue("Link").orElseThrow();
    assertTrue(
        link.contains("offset=2") && link.contains("limit=2") && link.contains("rel=\"next\""),
        link);

    var last = Http.get(URI.create(tenants + "?offset=" + (total - 1) + "&limit=2"), auth());
    assertEquals(1, ((List<?>) Http.json(last).get("items")).size());
    assertTrue(last.headers().firstValue("Link").isEmpty(), "no next link on the last page");
  }

  @Test
  void pageLimitsAreEnforced() {
    assertProblem(
        Http.get(URI.create(tenants + "?limit=501"), auth()),
        400,
        "urn:portcullis:problem:invalid-page-request");
    assertProblem(
        Http.get(URI.create(tenants + "?offset=-1"), auth()),
        400,
        "urn:portcullis:problem:invalid-page-request");
  }

  @Test
  void deletedTenantIsGoneWithItsEndpoints() {
    String id = uniqueId("gone");
    assertEquals(201, create(id).statusCode());
    assertEquals(204, Http.delete(URI.create(tenants + "/" + id), auth()).statusCode());
    assertProblem(
        Http.get(URI.create(tenants + "/" + id), auth()),
        404,
        "urn:portcullis:problem:tenant-not-found");
    assertEquals(404, Http.get(URI.create(platform.issuer(id) + "/jwks")).statusCode());
    assertProblem(
        Http.delete(URI.create(tenants + "/" + id), auth()),
        404,
        "urn:portcullis:problem:tenant-not-found");
  }

  @Test
  void systemTenantCannotBeDeleted() {
    assertProblem(
        Http.delete(URI.create(tenants + "/system"), auth()),
        409,
        "urn:portcullis:problem:tenant-protected");
  }

  @Test
  void withoutABearerTokenTheApiAsksForOne() {
    var response = Http.postJson(tenants, "{\"id\":\"" + uniqueId("anon") + "\"}");
    assertProblem(response, 401, "about:blank");
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    assertEquals(401, Http.get(tenants).statusCode());
  }

  @Test
  void aTokenNotSignedByTheSystemTenantIsRefusedRfc6750() throws Exception {
    // Right issuer, right scope, right shape: only the key is not the platform's.
    ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID("foreign").generate();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(platform.issuer("system"))
            .subject(Platform.ADMIN_CLIENT_ID)
            .audience(platform.issuer("system"))
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 60_000))
            .jwtID(UUID.randomUUID().toString())
            .claim("client_id", Platform.ADMIN_CLIENT_ID)
            .claim("scope", "platform:admin")
            .build();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID("foreign")
                .build(),
            claims);
    forged.sign(new ECDSASigner(foreign));
    var response =
        Http.postJson(
            tenants,
            "{\"id\":\"" + uniqueId("forged") + "\"}",
            "Authorization",
            "Bearer " + forged.serialize());
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("WWW-Authenticate")
            .orElseThrow()
            .contains("error=\"invalid_token\""));
  }

  @Test
  void tamperedTokenIsRefused() {
    String token = Tokens.platformAdmin(platform);
    String[] parts = token.split("\\.");
    String payload =
        parts[1].substring(0, parts[1].length() - 2) + (parts[1].endsWith("A") ? "BB" : "AA");
    var response =
        Http.get(tenants, "Authorization", "Bearer " + parts[0] + "." + payload + "." + parts[2]);
    assertEquals(401, response.statusCode());
  }

  @Test
  void unknownAdminPathsAreProblemDocuments() {
    var response = Http.get(platform.base().resolve("/admin/nothing-here"), auth());
    assertProblem(response, 404, "about:blank");
    assertNotEquals("", response.body());
    assertFalse(response.body().contains("<html"));
  }

  private HttpResponse<String> create(String id) {
    return Http.postJson(
        tenants, "{\"id\":\"" + id + "\",\"displayName\":\"Tenant " + id + "\"}", auth());
  }

  private String[] auth() {
    return new String[] {"Authorization", bearer};
  }

  private static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    Map<String, Object> problem = Http.json(response);
    assertEquals(type, problem.get("type"));
    assertEquals((long) status, ((Number) problem.get("status")).longValue());
    assertTrue(problem.containsKey("title"));
  }
}
