package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The client_credentials grant (RFC 6749 §4.4) and its error answers (§5.2). */
class ClientCredentialsGrantIT {

  private final Platform platform = Platform.get();
  private final URI tokenEndpoint = URI.create(platform.issuer("system") + "/token");

  @Test
  void basicAuthenticationGetsAnEs256AccessTokenWithRfc9068AndMicroProfileClaims()
      throws Exception {
    var response = request(Http.form("grant_type", "client_credentials"), basicAdmin());
    assertEquals(200, response.statusCode(), response.body());
    assertNoStore(response);
    var body = Http.json(response);
    assertEquals("Bearer", body.get("token_type"));
    assertEquals(300L, ((Number) body.get("expires_in")).longValue());
    assertEquals("platform:admin", body.get("scope"));

    SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
    assertEquals(
        JOSEObjectType.JWT, jwt.getHeader().getType(), "MicroProfile JWT requires typ JWT");
    assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
    ECKey key = (ECKey) publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
    assertTrue(jwt.verify(new ECDSAVerifier(key)), "signed by a key of the tenant's JWKS");

    var claims = jwt.getJWTClaimsSet();
    String issuer = platform.issuer("system");
    assertEquals(issuer, claims.getIssuer());
    assertEquals(List.of(issuer), claims.getAudience(), "no resource requested: aud is the issuer");
    assertEquals(Platform.ADMIN_CLIENT_ID, claims.getSubject());
    assertEquals(Platform.ADMIN_CLIENT_ID, claims.getStringClaim("client_id"));
    assertEquals(Platform.ADMIN_CLIENT_ID, claims.getStringClaim("upn"));
    assertEquals("platform:admin", claims.getStringClaim("scope"));
    assertEquals(List.of("platform-admin"), claims.getStringListClaim("groups"));
    assertFalse(claims.getJWTID().isBlank());
    Duration lifetime =
        Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    assertEquals(Duration.ofSeconds(300), lifetime);
    assertTrue(claims.getIssueTime().toInstant().isBefore(Instant.now().plusSeconds(5)));
  }

  @Test
  void everyTokenIsAuditedBeforeItIsReturnedAndConcurrentIssuesKeepTheChainIntact()
      throws Exception {
    String admin = "Bearer " + Tokens.platformAdmin(platform);
    String tenant = Tenants.create(platform, admin, "cc-audit-");
    Map<String, Object> client =
        Tenants.registerClient(
            platform,
            admin,
            tenant,
            "{\"grant_types\":[\"client_credentials\"],\"scope\":\"api\"}");
    String clientId = (String) client.get("client_id");
    String secret = (String) client.get("client_secret");
    URI endpoint = URI.create(platform.issuer(tenant) + "/token");
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    int threads = 8;
    int perThread = 6;
    var pool = Executors.newFixedThreadPool(threads);
    try {
      var statuses = new ArrayList<Future<Integer>>();
      for (int i = 0; i < threads * perThread; i++) {
        statuses.add(
            pool.submit(
                () ->
                    Http.postForm(
                            endpoint,
                            Http.form("grant_type", "client_credentials"),
                            "Authorization",
                            basic)
                        .statusCode()));
      }
      for (var status : statuses) {
        assertEquals(200, status.get());
      }
    } finally {
      pool.shutdownNow();
    }

    var page =
        Http.get(
            URI.create(platform.issuer(tenant) + "/admin/audit?limit=100&action=token.issued"),
            "Authorization",
            admin);
    assertEquals(200, page.statusCode(), page.body());
    var body = Http.json(page);
    assertEquals(
        (long) threads * perThread,
        ((Number) body.get("total")).longValue(),
        "one event per token, each committed before its response");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events = (List<Map<String, Object>>) body.get("items");
    for (Map<String, Object> event : events) {
      assertEquals("SUCCESS", event.get("outcome"));
      assertEquals(clientId, event.get("actor"));
      assertEquals(clientId, event.get("target"));
      assertEquals("127.0.0.1", event.get("clientAddress"));
    }
    var verification =
        Http.json(
            Http.get(
                URI.create(platform.issuer(tenant) + "/admin/audit/verification"),
                "Authorization",
                admin));
    assertEquals(true, verification.get("intact"), verification.toString());
  }

  @Test
  void postAuthenticationWorksToo() {
    var response =
        request(
            Http.form(
                "grant_type",
                "client_credentials",
                "client_id",
                Platform.ADMIN_CLIENT_ID,
                "client_secret",
                platform.adminClientSecret(),
                "scope",
                "platform:admin"));
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void wrongSecretIsInvalidClientWithAChallenge() {
    var response = clientCredentials(Platform.ADMIN_CLIENT_ID, platform.adminClientSecret() + "x");
    assertOAuthError(response, 401, "invalid_client");
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
  }

  @Test
  void unknownClientLooksLikeAWrongSecret() {
    var unknown = clientCredentials("nobody", "whatever");
    assertOAuthError(unknown, 401, "invalid_client");
    var wrongSecret = clientCredentials(Platform.ADMIN_CLIENT_ID, "whatever");
    assertEquals(wrongSecret.body(), unknown.body());
  }

  @Test
  void noClientAuthenticationIsInvalidClient() {
    assertOAuthError(request(Http.form("grant_type", "client_credentials")), 401, "invalid_client");
  }

  @Test
  void twoAuthenticationMethodsAreAnInvalidRequest() {
    var response =
        request(
            Http.form(
                "grant_type",
                "client_credentials",
                "client_id",
                Platform.ADMIN_CLIENT_ID,
                "client_secret",
                platform.adminClientSecret()),
            basicAdmin());
    assertOAuthError(response, 400, "invalid_request");
  }

  @Test
  void missingGrantTypeIsAnInvalidRequest() {
    assertOAuthError(
        request(Http.form("scope", "platform:admin"), basicAdmin()), 400, "invalid_request");
  }

  @Test
  void passwordAndImplicitStyleGrantsAreNotOffered() {
    assertOAuthError(
        request(
            Http.form("grant_type", "password", "username", "admin", "password", "x"),
            basicAdmin()),
        400,
        "unsupported_grant_type");
  }

  @Test
  void unregisteredScopeIsInvalidScope() {
    assertOAuthError(
        request(
            Http.form("grant_type", "client_credentials", "scope", "platform:admin scim"),
            basicAdmin()),
        400,
        "invalid_scope");
  }

  @Test
  void unregisteredResourceIsInvalidTargetRfc8707() {
    assertOAuthError(
        request(
            Http.form("grant_type", "client_credentials", "resource", "https://api.example.org"),
            basicAdmin()),
        400,
        "invalid_target");
  }

  private String[] basicAdmin() {
    return new String[] {
      "Authorization", Http.basic(Platform.ADMIN_CLIENT_ID, platform.adminClientSecret())
    };
  }

  private HttpResponse<String> clientCredentials(String clientId, String secret) {
    return request(
        Http.form("grant_type", "client_credentials"),
        "Authorization",
        Http.basic(clientId, secret));
  }

  private HttpResponse<String> request(Map<String, String> form, String... headers) {
    return Http.postForm(tokenEndpoint, form, headers);
  }

  private JWKSet publishedKeys() throws Exception {
    return JWKSet.parse(Http.get(URI.create(platform.issuer("system") + "/jwks")).body());
  }

  private static void assertOAuthError(HttpResponse<String> response, int status, String error) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(error, Http.json(response).get("error"));
    assertNoStore(response);
  }

  private static void assertNoStore(HttpResponse<String> response) {
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
  }
}
