package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Manual key rotation seen from outside (contract, "Keys"): a new key is published in the JWKS at
 * least the JWKS max-age before it signs, tokens signed before keep verifying, and each algorithm
 * has its own key. The platform under test publishes for {@link Platform#PUBLICATION_DELAY} instead
 * of 300 s. Tenant system is rotated because its tokens are the ones a black-box test can get.
 */
class KeyRotationIT {

  private final Platform platform = Platform.get();
  private final String bearer = "Bearer " + Tokens.platformAdmin(platform);

  @Test
  void theNextKeyIsPublishedBeforeItSignsAndTokensOfTheOldKeyStillVerify() throws Exception {
    awaitNoWaitingKey("system");
    String oldToken = Tokens.platformAdmin(platform);
    String oldKid = kidOf(oldToken);

    var rotated = rotate("system", "{}", bearer);
    assertEquals(202, rotated.statusCode(), rotated.body());
    Map<String, Object> next = Http.json(rotated);
    String nextKid = (String) next.get("kid");
    assertNotEquals(oldKid, nextKid);
    assertEquals("NEXT", next.get("status"));
    assertEquals("ES256", next.get("alg"));
    Instant published = Instant.parse((String) next.get("createdAt"));
    Instant activates = Instant.parse((String) next.get("activatesAt"));

    var jwks = Http.get(URI.create(platform.issuer("system") + "/jwks"));
    JWKSet published1 = JWKSet.parse(jwks.body());
    assertNotNull(published1.getKeyByKeyId(nextKid), "the next key is in the JWKS at once");
    assertNotNull(published1.getKeyByKeyId(oldKid));
    long maxAge = maxAge(jwks);
    assertTrue(
        Duration.between(published, activates).toSeconds() >= maxAge,
        "published at least max-age (" + maxAge + " s) before it signs");
    assertEquals(oldKid, kidOf(Tokens.platformAdmin(platform)), "the old key signs meanwhile");

    var again = rotate("system", "{}", bearer);
    assertProblem(again, 409, "key-rotation-pending");

    sleepUntil(activates.plusMillis(500));
    String newToken = Tokens.platformAdmin(platform);
    assertEquals(nextKid, kidOf(newToken), "after its activation the next key signs");

    var listed = Http.get(keys("system"), "Authorization", "Bearer " + oldToken);
    assertEquals(200, listed.statusCode(), "a token of the retired key is still accepted");
    Map<String, Object> old = keyOf(listed, oldKid);
    assertEquals("RETIRED", old.get("status"));
    assertEquals(activates.toString(), old.get("retiredAt"));
    Instant expires = Instant.parse((String) old.get("expiresAt"));
    assertTrue(expires.isAfter(activates.plusSeconds(3600)), "kept beyond its tokens' lifetime");
    assertEquals("ACTIVE", keyOf(listed, nextKid).get("status"));

    JWKSet published2 =
        JWKSet.parse(Http.get(URI.create(platform.issuer("system") + "/jwks")).body());
    ECKey oldKey = (ECKey) published2.getKeyByKeyId(oldKid);
    assertTrue(SignedJWT.parse(oldToken).verify(new ECDSAVerifier(oldKey)));
  }

  @Test
  void anImmediateRotationSignsWithTheNewKeyAtOnce() throws Exception {
    awaitNoWaitingKey("system");
    String before = kidOf(Tokens.platformAdmin(platform));

    var rotated = rotate("system", "{\"immediate\":true}", bearer);

    assertEquals(200, rotated.statusCode(), rotated.body());
    Map<String, Object> key = Http.json(rotated);
    assertEquals("ACTIVE", key.get("status"));
    assertNotEquals(before, key.get("kid"));
    assertEquals(key.get("kid"), kidOf(Tokens.platformAdmin(platform)));
    JWKSet jwks = JWKSet.parse(Http.get(URI.create(platform.issuer("system") + "/jwks")).body());
    assertNotNull(jwks.getKeyByKeyId(before), "the stopped key's tokens still verify");
  }

  @Test
  void aPlatformAdminRotatesAnotherTenantsRs256KeysWhichHaveTheirOwnRing() throws Exception {
    String tenant = createTenant();
    String es256 = (String) keyList(tenant).get(0).get("kid");

    var rotated = rotate(tenant, "{\"alg\":\"RS256\"}", bearer);

    assertEquals(202, rotated.statusCode(), rotated.body());
    Map<String, Object> rsa = Http.json(rotated);
    assertEquals("RS256", rsa.get("alg"));
    assertEquals("NEXT", rsa.get("status"));
    JWKSet jwks = JWKSet.parse(Http.get(URI.create(platform.issuer(tenant) + "/jwks")).body());
    RSAKey published = (RSAKey) jwks.getKeyByKeyId((String) rsa.get("kid"));
    assertTrue(published.size() >= 2048);
    assertFalse(published.isPrivate());
    assertEquals("ACTIVE", keyOf(Http.get(keys(tenant), auth()), es256).get("status"));
    assertEquals(
        1L,
        ((Number)
                Http.json(
                        Http.get(
                            URI.create(
                                platform.base()
                                    + "/admin/audit?action=key.rotated&tenant="
                                    + tenant),
                            auth()))
                    .get("total"))
            .longValue(),
        "the rotation is in the tenant's audit trail");
  }

  @Test
  void theKeyListShowsNoPrivateMaterial() {
    String tenant = createTenant();
    var listed = Http.get(keys(tenant), auth());
    assertEquals(200, listed.statusCode(), listed.body());
    Map<String, Object> key = keyList(tenant).get(0);
    assertEquals("ACTIVE", key.get("status"));
    assertNull(key.get("retiredAt"));
    for (String secret : List.of("\"d\"", "\"p\"", "\"q\"", "sealed", "v1.")) {
      assertFalse(listed.body().contains(secret), listed.body());
    }
  }

  @Test
  void rotationRefusesUnknownAlgorithmsAndRequestsWithoutAToken() {
    String tenant = createTenant();
    assertProblem(
        rotate(tenant, "{\"alg\":\"HS256\"}", bearer), 400, "unsupported-signing-algorithm");
    assertProblem(rotate(tenant, "{}", null), 401, null);
    assertProblem(Http.get(keys(tenant)), 401, null);
    assertEquals(404, rotate("no-such-" + UUID.randomUUID(), "{}", bearer).statusCode());
  }

  /** Waits until no ES256 key of {@code tenant} waits to sign (another test may have left one). */
  private void awaitNoWaitingKey(String tenant) throws InterruptedException {
    for (Map<String, Object> key : keyList(tenant)) {
      if ("NEXT".equals(key.get("status")) && "ES256".equals(key.get("alg"))) {
        sleepUntil(Instant.parse((String) key.get("activatesAt")).plusMillis(500));
      }
    }
  }

  private List<Map<String, Object>> keyList(String tenant) {
    var listed = Http.get(keys(tenant), auth());
    assertEquals(200, listed.statusCode(), listed.body());
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) Http.json(listed).get("items");
    return items;
  }

  private static Map<String, Object> keyOf(HttpResponse<String> listed, String kid) {
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) Http.json(listed).get("items");
    return items.stream()
        .filter(k -> kid.equals(k.get("kid")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kid + " not in " + listed.body()));
  }

  private HttpResponse<String> rotate(String tenant, String body, String authorization) {
    URI uri = URI.create(keys(tenant) + "/rotation");
    return authorization == null
        ? Http.postJson(uri, body)
        : Http.postJson(uri, body, "Authorization", authorization);
  }

  private URI keys(String tenant) {
    return URI.create(platform.issuer(tenant) + "/admin/keys");
  }

  private String createTenant() {
    return Tenants.create(platform, bearer, "keys-");
  }

  private String[] auth() {
    return new String[] {"Authorization", bearer};
  }

  private static String kidOf(String token) throws Exception {
    return SignedJWT.parse(token).getHeader().getKeyID();
  }

  private static long maxAge(HttpResponse<String> response) {
    String cacheControl = response.headers().firstValue("Cache-Control").orElseThrow();
    Matcher m = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
    assertTrue(m.find(), cacheControl);
    return Long.parseLong(m.group(1));
  }

  private static void sleepUntil(Instant instant) throws InterruptedException {
    long millis = Duration.between(Instant.now(), instant).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status, String name) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        name == null ? "about:blank" : "urn:portcullis:problem:" + name,
        Http.json(response).get("type"));
  }
}
