package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token revocation (RFC 7009) and introspection (RFC 7662) from outside: a revoked access token is
 * inactive and refused by the platform's own APIs, another client's token is left alone, only
 * confidential clients introspect, and the audit trail records who did what.
 */
class TokenRevocationIT {

  private final Platform platform = Platform.get();
  private final String platformAdmin = "Bearer " + Tokens.platformAdmin(platform);
  private String tenant;

  @BeforeEach
  void freshTenant() {
    tenant = Tenants.create(platform, platformAdmin, "rev-");
  }

  @Test
  void aRevokedAccessTokenIsInactiveAndRefusedByTheAdminApi() throws Exception {
    Client admin = register("tenant:admin");
    Client resourceServer = register("api");
    String token = admin.token();
    URI audit = URI.create(issuer() + "/admin/audit");
    assertEquals(200, Http.get(audit, "Authorization", "Bearer " + token).statusCode());
    assertEquals(true, Http.json(introspect(resourceServer, token)).get("active"));

    var revoked = revoke(admin, token, "access_token");
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertEquals("no-store", revoked.headers().firstValue("Cache-Control").orElse(""));

    var introspected = introspect(resourceServer, token);
    assertEquals(200, introspected.statusCode());
    assertEquals(Map.of("active", false), Http.json(introspected));
    var refused = Http.get(audit, "Authorization", "Bearer " + token);
    assertEquals(401, refused.statusCode(), "revoked tokens are refused by the platform's APIs");
    assertEquals(200, Http.get(audit, "Authorization", "Bearer " + admin.token()).statusCode());

    String jti = SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    Map<String, Object> event = lastEvent("token.revoked");
    assertEquals(admin.id(), event.get("actor"));
    assertEquals(jti, event.get("target"));
    assertEquals("SUCCESS", event.get("outcome"));
    assertEquals(resourceServer.id(), lastEvent("token.introspected").get("actor"));
    assertFalse(auditPage("token.introspected").contains(token), "no token in the audit trail");
  }

  @Test
  void revokingAnotherClientsTokenAnswers200AndChangesNothing() {
    Client owner = register("tenant:admin");
    Client other = register("api");
    String token = owner.token();
    assertEquals(200, revoke(other, token, null).statusCode(), "RFC 7009 §2.2");
    assertEquals(true, Http.json(introspect(other, token)).get("active"));
    assertEquals(
        200,
        Http.get(URI.create(issuer() + "/admin/audit"), "Authorization", "Bearer " + token)
            .statusCode());
  }

  @Test
  void unknownTokensAndHintsAnswer200AndAMissingTokenIsAnInvalidRequest() {
    Client client = register("api");
    assertEquals(200, revoke(client, "not-a-token", null).statusCode());
    assertEquals(
        200, revoke(client, client.token(), "refresh_token").statusCode(), "hint tried first");
    assertEquals(200, revoke(client, "x", "unsupported_hint").statusCode());
    var missing =
        Http.postForm(URI.create(issuer() + "/revoke"), Map.of(), "Authorization", client.basic());
    assertEquals(400, missing.statusCode());
    assertEquals("invalid_request", Http.json(missing).get("error"));
  }

  @Test
  void aRevokedTokenHintedAsRefreshTokenIsStillFoundAsAnAccessToken() {
    Client client = register("api");
    Client resourceServer = register("api");
    String token = client.token();
    assertEquals(200, revoke(client, token, "refresh_token").statusCode());
    assertEquals(false, Http.json(introspect(resourceServer, token)).get("active"));
  }

  @Test
  void introspectionOfAnActiveTokenListsTheRfc7662Members() throws Exception {
    Client client = register("api");
    Client resourceServer = register("api");
    String token = client.token();
    var response = introspect(resourceServer, token);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    Map<String, Object> body = Http.json(response);
    assertEquals(
        Set.of(
            "active",
            "scope",
            "client_id",
            "username",
            "token_type",
            "exp",
            "iat",
            "sub",
            "aud",
            "iss",
            "jti"),
        body.keySet());
    var claims = SignedJWT.parse(token).getJWTClaimsSet();
    assertEquals(true, body.get("active"));
    assertEquals("api", body.get("scope"));
    assertEquals(client.id(), body.get("client_id"));
    assertEquals(client.id(), body.get("username"));
    assertEquals("Bearer", body.get("token_type"));
    assertEquals(
        claims.getExpirationTime().getTime() / 1000, ((Number) body.get("exp")).longValue());
    assertEquals(claims.getIssueTime().getTime() / 1000, ((Number) body.get("iat")).longValue());
    assertEquals(client.id(), body.get("sub"));
    assertEquals(issuer(), body.get("aud"));
    assertEquals(issuer(), body.get("iss"));
    assertEquals(claims.getJWTID(), body.get("jti"));
  }

  @Test
  void invalidAndOtherTenantsTokensAreInactive() {
    Client resourceServer = register("api");
    assertEquals(Map.of("active", false), Http.json(introspect(resourceServer, "garbage")));
    String systemToken = platformAdmin.substring("Bearer ".length());
    assertEquals(Map.of("active", false), Http.json(introspect(resourceServer, systemToken)));
  }

  @Test
  void onlyAuthenticatedConfidentialClientsIntrospect() {
    Client resourceServer = register("api");
    var wrongSecret =
        Http.postForm(
            URI.create(issuer() + "/introspect"),
            Http.form("token", "x"),
            "Authorization",
            Http.basic(resourceServer.id(), "wrong"));
    assertEquals(401, wrongSecret.statusCode());
    assertEquals("invalid_client", Http.json(wrongSecret).get("error"));
    assertTrue(wrongSecret.headers().firstValue("WWW-Authenticate").isPresent());
    assertEquals("no-store", wrongSecret.headers().firstValue("Cache-Control").orElse(""));

    var registered =
        Http.postJson(
            URI.create(issuer() + "/register"),
            "{\"redirect_uris\":[\"https://spa.example/cb\"],\"token_endpoint_auth_method\":\"none\"}",
            "Authorization",
            platformAdmin);
    assertEquals(201, registered.statusCode(), registered.body());
    String publicClient = (String) Http.json(registered).get("client_id");
    var publicAttempt =
        Http.postForm(
            URI.create(issuer() + "/introspect"),
            Http.form("token", "x"),
            "Authorization",
            Http.basic(publicClient, ""));
    assertEquals(401, publicAttempt.statusCode());
    assertEquals("invalid_client", Http.json(publicAttempt).get("error"));

    Map<String, Object> failure = lastEvent("client.authentication.failed");
    assertEquals("FAILURE", failure.get("outcome"));
    assertEquals(publicClient, failure.get("target"));
  }

  @Test
  void discoveryNamesBothEndpointsAndTheirAuthenticationMethods() {
    var metadata = Http.json(Http.get(URI.create(issuer() + "/.well-known/openid-configuration")));
    assertEquals(issuer() + "/revoke", metadata.get("revocation_endpoint"));
    assertEquals(issuer() + "/introspect", metadata.get("introspection_endpoint"));
    List<String> methods = List.of("client_secret_basic", "client_secret_post", "private_key_jwt");
    assertEquals(methods, metadata.get("revocation_endpoint_auth_methods_supported"));
    assertEquals(methods, metadata.get("introspection_endpoint_auth_methods_supported"));
  }

  private String issuer() {
    return platform.issuer(tenant);
  }

  private HttpResponse<String> revoke(Client client, String token, String hint) {
    var form =
        hint == null
            ? Http.form("token", token)
            : Http.form("token", token, "token_type_hint", hint);
    return Http.postForm(URI.create(issuer() + "/revoke"), form, "Authorization", client.basic());
  }

  /** With client_secret_post, the other method. */
  private HttpResponse<String> introspect(Client client, String token) {
    return Http.postForm(
        URI.create(issuer() + "/introspect"),
        Http.form("token", token, "client_id", client.id(), "client_secret", client.secret()));
  }

  private Map<String, Object> lastEvent(String action) {
    var page =
        Http.get(
            URI.create(issuer() + "/admin/audit?limit=1&action=" + action),
            "Authorization",
            platformAdmin);
    assertEquals(200, page.statusCode(), page.body());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) Http.json(page).get("items");
    assertFalse(items.isEmpty(), "no " + action + " event");
    return items.get(0);
  }

  private String auditPage(String action) {
    return Http.get(
            URI.create(issuer() + "/admin/audit?limit=500&action=" + action),
            "Authorization",
            platformAdmin)
        .body();
  }

  private Client register(String scope) {
    var registered =
        Http.postJson(
            URI.create(issuer() + "/register"),
            "{\"grant_types\":[\"client_credentials\"],\"scope\":\"" + scope + "\"}",
            "Authorization",
            platformAdmin);
    assertEquals(201, registered.statusCode(), registered.body());
    Map<String, Object> client = Http.json(registered);
    return new Client(
        issuer(), (String) client.get("client_id"), (String) client.get("client_secret"));
  }

  /** A registered confidential client of the tenant under test. */
  private record Client(String issuer, String id, String secret) {

    String basic() {
      return Http.basic(id, secret);
    }

    String token() {
      var response =
          Http.postForm(
              URI.create(issuer + "/token"),
              Http.form("grant_type", "client_credentials"),
              "Authorization",
              basic());
      assertEquals(200, response.statusCode(), response.body());
      return (String) Http.json(response).get("access_token");
    }
  }
}
