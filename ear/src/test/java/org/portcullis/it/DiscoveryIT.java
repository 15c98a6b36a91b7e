package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Discovery (OpenID Connect Discovery 1.0, RFC 8414) and the JWKS (RFC 7517) of a tenant. */
class DiscoveryIT {

  private final Platform platform = Platform.get();

  @Test
  void openIdConfigurationNamesTheIssuerAndItsEndpoints() {
    var response =
        Http.get(URI.create(platform.issuer("system") + "/.well-known/openid-configuration"));
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    var metadata = Http.json(response);
    String issuer = platform.issuer("system");
    assertEquals(issuer, metadata.get("issuer"));
    assertEquals(issuer + "/token", metadata.get("token_endpoint"));
    assertEquals(issuer + "/jwks", metadata.get("jwks_uri"));
    assertEquals(issuer + "/authorize", metadata.get("authorization_endpoint"));
    assertEquals(issuer + "/userinfo", metadata.get("userinfo_endpoint"));
    assertEquals(issuer + "/logout", metadata.get("end_session_endpoint"));
    assertEquals(
        List.of("authorization_code", "client_credentials", "refresh_token"),
        metadata.get("grant_types_supported"));
    assertEquals(List.of("code"), metadata.get("response_types_supported"));
    assertEquals(List.of("S256"), metadata.get("code_challenge_methods_supported"));
    assertEquals(true, metadata.get("authorization_response_iss_parameter_supported"));
    assertEquals(
        List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "none"),
        metadata.get("token_endpoint_auth_methods_supported"));
  }

  @Test
  void rfc8414MetadataLivesAtTheWellKnownPathBeforeTheIssuerPath() {
    var response =
        Http.get(platform.base().resolve("/.well-known/oauth-authorization-server/t/system"));
    assertEquals(200, response.statusCode());
    assertEquals(platform.issuer("system"), Http.json(response).get("issuer"));
  }

  @Test
  void jwksPublishesPublicP256KeysCachedAtMost300Seconds() throws Exception {
    var response = Http.get(URI.create(platform.issuer("system") + "/jwks"));
    assertEquals(200, response.statusCode());
    assertTrue(maxAge(response.headers().firstValue("Cache-Control").orElseThrow()) <= 300);
    JWKSet keys = JWKSet.parse(response.body());
    assertFalse(keys.getKeys().isEmpty());
    for (var key : keys.getKeys()) {
      assertFalse(key.isPrivate(), "a JWKS never holds private parameters");
      assertEquals(Curve.P_256, ((ECKey) key).getCurve());
      assertEquals("ES256", key.getAlgorithm().getName());
      assertTrue(key.getKeyID() != null && !key.getKeyID().isEmpty());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-tenant", "Not_A_Tenant_Id"})
  void unknownTenantsAreNotFoundEverywhere(String tenant) {
    for (String path :
        List.of(
            "/t/" + tenant + "/.well-known/openid-configuration",
            "/t/" + tenant + "/jwks",
            "/.well-known/oauth-authorization-server/t/" + tenant)) {
      var response = Http.get(platform.base().resolve(path));
      assertEquals(404, response.statusCode(), path);
      assertEquals(
          "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("urn:portcullis:problem:tenant-not-found", Http.json(response).get("type"));
    }
    var token =
        Http.postForm(
            platform.base().resolve("/t/" + tenant + "/token"),
            Http.form("grant_type", "client_credentials"),
            "Authorization",
            Http.basic(Platform.ADMIN_CLIENT_ID, platform.adminClientSecret()));
    assertEquals(404, token.statusCode());
  }

  private static long maxAge(String cacheControl) {
    Matcher m = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
    assertTrue(m.find(), cacheControl);
    return Long.parseLong(m.group(1));
  }

  @Test
  void theOpenApiDescriptionListsEveryBoundary() {
    var description = Http.get(platform.base().resolve("/openapi"));
    assertEquals(200, description.statusCode());
    for (String path :
        java.util.List.of(
            "/admin/tenants:",
            "/admin/audit:",
            "/t/{tenant}/token:",
            "/t/{tenant}/jwks:",
            "/t/{tenant}/register:",
            "/t/{tenant}/revoke:",
            "/t/{tenant}/introspect:",
            "/t/{tenant}/admin/keys:",
            "/t/{tenant}/admin/password-policy:",
            "/t/{tenant}/scim/v2/Users:",
            "/t/{tenant}/scim/v2/Groups/{id}:",
            "/t/{tenant}/scim/v2/ServiceProviderConfig:")) {
      assertTrue(description.body().contains(path), "OpenAPI lacks " + path);
    }
  }
}
