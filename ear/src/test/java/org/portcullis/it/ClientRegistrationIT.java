package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dynamic client registration (RFC 7591) and management (RFC 7592) from outside: admin initial
 * access tokens, the metadata rules, registration access tokens, secret rotation with a grace
 * period, and the registered metadata in force at the token endpoint.
 */
class ClientRegistrationIT {

  private final Platform platform = Platform.get();
  private final String platformAdmin = "Bearer " + Tokens.platformAdmin(platform);
  private String tenant;

  @BeforeEach
  void freshTenant() {
    tenant = Tenants.create(platform, platformAdmin, "reg-");
  }

  @Test
  void aRegisteredServiceGetsItsSecretOnceAndTokensWithItsMetadata() {
    var registered =
        register(
            platformAdmin,
            "{\"client_name\":\"Reports\",\"grant_types\":[\"client_credentials\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_post\",\"scope\":\"reports:read\","
                + "\"access_token_lifetime\":120,\"access_token_jwt_typ\":\"at+jwt\","
                + "\"resources\":[\"https://reports.example/api\"]}");
    assertEquals(201, registered.statusCode(), registered.body());
    assertEquals("no-store", registered.headers().firstValue("Cache-Control").orElse(""));
    Map<String, Object> client = Http.json(registered);
    String clientId = (String) client.get("client_id");
    String secret = (String) client.get("client_secret");
    assertTrue(secret.length() >= 43, "256 bits, base64url");
    assertNotNull(client.get("registration_access_token"));
    assertEquals(
        platform.issuer(tenant) + "/register/" + clientId, client.get("registration_client_uri"));
    assertEquals(List.of("client_credentials"), client.get("grant_types"));
    assertEquals(0L, ((Number) client.get("client_secret_expires_at")).longValue());

    var token = tokenWithPost(clientId, secret, "resource", "https://reports.example/api");
    assertEquals(200, token.statusCode(), token.body());
    Map<String, Object> body = Http.json(token);
    assertEquals(120L, ((Number) body.get("expires_in")).longValue());
    SignedJWT jwt = parse((String) body.get("access_token"));
    assertEquals("at+jwt", jwt.getHeader().getType().getType());
    assertEquals(List.of("https://reports.example/api"), claims(jwt).getAudience());

    var unregistered = tokenWithPost(clientId, secret, "resource", "https://other.example");
    assertEquals(400, unregistered.statusCode());
    assertEquals("invalid_target", Http.json(unregistered).get("error"));

    var read =
        Http.get(
            URI.create((String) client.get("registration_client_uri")),
            "Authorization",
            "Bearer " + client.get("registration_access_token"));
    assertFalse(read.body().contains(secret), "the secret is never shown again");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "invalid_redirect_uri|{\"redirect_uris\":[\"http://app.example/cb\"]}",
        "invalid_redirect_uri|{\"redirect_uris\":[\"https://app.example/cb#x\"]}",
        "invalid_redirect_uri|{\"grant_types\":[\"authorization_code\"]}",
        "invalid_client_metadata|{\"grant_types\":[\"implicit\"],\"redirect_uris\":[\"https://a.example/cb\"]}",
        "invalid_client_metadata|{\"grant_types\":[\"password\"]}",
        "invalid_client_metadata|{\"grant_types\":[\"client_credentials\"],\"token_endpoint_auth_method\":\"none\"}",
        "invalid_client_metadata|{\"grant_types\":[\"client_credentials\"],\"access_token_lifetime\":30}",
        "invalid_client_metadata|{\"grant_types\":[\"client_credentials\"],\"access_token_jwt_typ\":\"jwt+at\"}",
        "invalid_client_metadata|{\"grant_types\":[\"client_credentials\"],\"token_endpoint_auth_method\":\"private_key_jwt\"}",
        "invalid_client_metadata|{\"redirect_uris\":[\"https://a.example/cb\"],\"response_types\":[\"token\"]}",
        "invalid_client_metadata|{\"redirect_uris\":\"https://a.example/cb\"}",
        "invalid_client_metadata|not json",
      })
  void metadataThatMayNotBeRegisteredIsRefusedWithItsError(String error, String body) {
    var refused = register(platformAdmin, body);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(error, Http.json(refused).get("error"));
    assertNotNull(Http.json(refused).get("error_description"));
  }

  @Test
  void onlyAnAdminsTokenOfThisTenantRegisters() {
    assertEquals(401, register(null, "{\"grant_types\":[\"client_credentials\"]}").statusCode());
    String tenantAdmin = serviceToken("tenant:admin");
    String api = serviceToken("api");
    assertEquals(
        201, register(tenantAdmin, "{\"grant_types\":[\"client_credentials\"]}").statusCode());
    var wrongScope = register(api, "{\"grant_types\":[\"client_credentials\"]}");
    assertEquals(403, wrongScope.statusCode());
    assertEquals("insufficient_scope", Http.json(wrongScope).get("error"));

    String other = tenant;
    freshTenant();
    var elsewhere = register(tenantAdmin, "{\"grant_types\":[\"client_credentials\"]}");
    assertEquals(401, elsewhere.statusCode(), "a tenant:admin token of " + other + " only");
    assertEquals("invalid_token", Http.json(elsewhere).get("error"));
  }

  @Test
  void theRegistrationAccessTokenManagesTheClientAndIsRenewedOnEveryUse() {
    Map<String, Object> client =
        Http.json(
            register(
                platformAdmin,
                "{\"client_name\":\"Web\",\"redirect_uris\":[\"https://web.example/cb\"],"
                    + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"scope\":\"openid\"}"));
    String uri = (String) client.get("registration_client_uri");
    String first = (String) client.get("registration_access_token");

    var read = Http.get(URI.create(uri), "Authorization", "Bearer " + first);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(List.of("code"), Http.json(read).get("response_types"));
    String second = (String) Http.json(read).get("registration_access_token");
    assertNotEquals(first, second);
    assertEquals(401, Http.get(URI.create(uri), "Authorization", "Bearer " + first).statusCode());

    var updated =
        Http.putJson(
            URI.create(uri),
            "{\"client_id\":\""
                + client.get("client_id")
                + "\",\"client_name\":\"Web 2\",\"redirect_uris\":[\"https://web.example/cb2\"],"
                + "\"grant_types\":[\"authorization_code\"]}",
            "Authorization",
            "Bearer " + second);
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals("Web 2", Http.json(updated).get("client_name"));
    assertEquals(List.of("https://web.example/cb2"), Http.json(updated).get("redirect_uris"));
    String third = (String) Http.json(updated).get("registration_access_token");

    var otherId =
        Http.putJson(
            URI.create(uri),
            "{\"client_id\":\"someone-else\",\"redirect_uris\":[\"https://web.example/cb\"]}",
            "Authorization",
            "Bearer " + third);
    assertEquals(400, otherId.statusCode());

    assertEquals(
        401,
        Http.delete(URI.create(uri), "Authorization", "Bearer " + platformAdmin.substring(7))
            .statusCode(),
        "an admin token is not the registration access token");
    assertEquals(
        204, Http.delete(URI.create(uri), "Authorization", "Bearer " + third).statusCode());
    assertEquals(401, Http.get(URI.create(uri), "Authorization", "Bearer " + third).statusCode());
  }

  @Test
  void aRotatedSecretReplacesTheOldOneAfterTheGracePeriod() {
    Map<String, Object> client =
        Http.json(register(platformAdmin, "{\"grant_types\":[\"client_credentials\"]}"));
    String clientId = (String) client.get("client_id");
    String old = (String) client.get("client_secret");

    var graceful = rotate(clientId, 3600);
    assertEquals(200, graceful.statusCode(), graceful.body());
    String fresh = (String) Http.json(graceful).get("client_secret");
    assertEquals(200, tokenWithBasic(clientId, old).statusCode(), "old secret within grace");
    assertEquals(200, tokenWithBasic(clientId, fresh).statusCode());

    String newest = (String) Http.json(rotate(clientId, 0)).get("client_secret");
    assertEquals(401, tokenWithBasic(clientId, fresh).statusCode(), "no grace asked for");
    assertEquals(401, tokenWithBasic(clientId, old).statusCode());
    assertEquals(200, tokenWithBasic(clientId, newest).statusCode());

    assertEquals(404, rotate("no-such-client", 0).statusCode());
  }

  @Test
  void aDeletedOrChangedClientIsRefusedAtOnceRightAfterASuccess() {
    Map<String, Object> client =
        Http.json(register(platformAdmin, "{\"grant_types\":[\"client_credentials\"]}"));
    String clientId = (String) client.get("client_id");
    String secret = (String) client.get("client_secret");
    URI uri = URI.create((String) client.get("registration_client_uri"));
    String token = (String) client.get("registration_access_token");
    assertEquals(200, tokenWithBasic(clientId, secret).statusCode());

    var updated =
        Http.putJson(
            uri,
            "{\"client_id\":\""
                + clientId
                + "\",\"grant_types\":[\"authorization_code\"],"
                + "\"redirect_uris\":[\"https://web.example/cb\"]}",
            "Authorization",
            "Bearer " + token);
    assertEquals(200, updated.statusCode(), updated.body());
    var refused = tokenWithBasic(clientId, secret);
    assertEquals(400, refused.statusCode(), "the grant was removed: " + refused.body());
    assertEquals("unauthorized_client", Http.json(refused).get("error"));

    String renewed = (String) Http.json(updated).get("registration_access_token");
    assertEquals(204, Http.delete(uri, "Authorization", "Bearer " + renewed).statusCode());
    assertEquals(401, tokenWithBasic(clientId, secret).statusCode(), "deleted: refused at once");
  }

  @Test
  void discoveryNamesTheRegistrationEndpoint() {
    var discovery =
        Http.json(
            Http.get(URI.create(platform.issuer(tenant) + "/.well-known/openid-configuration")));
    assertEquals(platform.issuer(tenant) + "/register", discovery.get("registration_endpoint"));
  }

  private HttpResponse<String> register(String bearer, String body) {
    URI endpoint = URI.create(platform.issuer(tenant) + "/register");
    return bearer == null
        ? Http.postJson(endpoint, body)
        : Http.postJson(endpoint, body, "Authorization", bearer);
  }

  private HttpResponse<String> rotate(String clientId, long graceSeconds) {
    return Http.postJson(
        URI.create(
            platform.issuer(tenant)
                + "/admin/clients/"
                + clientId
                + "/secret?graceSeconds="
                + graceSeconds),
        "",
        "Authorization",
        platformAdmin);
  }

  /** A client_credentials token of a client registered in the tenant with {@code scope}. */
  private String serviceToken(String scope) {
    Map<String, Object> client =
        Http.json(
            register(
                platformAdmin,
                "{\"grant_types\":[\"client_credentials\"],\"scope\":\"" + scope + "\"}"));
    var token =
        tokenWithBasic((String) client.get("client_id"), (String) client.get("client_secret"));
    assertEquals(200, token.statusCode(), token.body());
    return "Bearer " + Http.json(token).get("access_token");
  }

  private HttpResponse<String> tokenWithBasic(String clientId, String secret) {
    return Http.postForm(
        URI.create(platform.issuer(tenant) + "/token"),
        Http.form("grant_type", "client_credentials"),
        "Authorization",
        Http.basic(clientId, secret));
  }

  private HttpResponse<String> tokenWithPost(String clientId, String secret, String... more) {
    String[] form = new String[6 + more.length];
    form[0] = "grant_type";
    form[1] = "client_credentials";
    form[2] = "client_id";
    form[3] = clientId;
    form[4] = "client_secret";
    form[5] = secret;
    System.arraycopy(more, 0, form, 6, more.length);
    return Http.postForm(URI.create(platform.issuer(tenant) + "/token"), Http.form(form));
  }

  private static SignedJWT parse(String token) {
    try {
      return SignedJWT.parse(token);
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private static com.nimbusds.jwt.JWTClaimsSet claims(SignedJWT jwt) {
    try {
      return jwt.getJWTClaimsSet();
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }
}
