package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant's password policy through the admin API, seen from outside. The cross-tenant refusals of
 * tenant admin tokens run in {@code TenantIsolationInContainerIT}, which can register the clients
 * that mint them.
 */
class PasswordPolicyApiIT {

  private final Platform platform = Platform.get();
  private final String bearer = "Bearer " + Tokens.platformAdmin(platform);

  @Test
  void aTenantWithoutAPolicyHasTheNistDefault() {
    var response = Http.get(policy(createTenant()), auth());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(Map.of("minLength", 8L, "maxLength", 64L, "blocklist", true), Http.json(response));
  }

  @Test
  void aPutReplacesThePolicyWithDefaultsForWhatItLeavesOut() {
    String tenant = createTenant();
    var put =
        Http.putJson(
            policy(tenant), "{\"minLength\":12,\"maxLength\":128,\"blocklist\":false}", auth());
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(Map.of("minLength", 12L, "maxLength", 128L, "blocklist", false), Http.json(put));
    assertEquals(Http.json(put), Http.json(Http.get(policy(tenant), auth())));

    var partial = Http.putJson(policy(tenant), "{\"minLength\":10}", auth());
    assertEquals(Map.of("minLength", 10L, "maxLength", 64L, "blocklist", true), Http.json(partial));
  }

  @Test
  void aPolicyNistForbidsIsAProblemAndChangesNothing() {
    String tenant = createTenant();
    for (String body :
        List.of(
            "{\"minLength\":6}",
            "{\"maxLength\":32}",
            "{\"minLength\":100,\"maxLength\":80}",
            "{\"maxLength\":5000}",
            "null")) {
      assertProblem(
          Http.putJson(policy(tenant), body, auth()),
          400,
          "urn:portcullis:problem:invalid-password-policy");
    }
    assertProblem(Http.putJson(policy(tenant), "{\"minLength\":", auth()), 400, "about:blank");
    assertProblem(
        Http.putJson(policy(tenant), "{\"minLength\":\"eight\"}", auth()), 400, "about:blank");
    assertEquals(
        Map.of("minLength", 8L, "maxLength", 64L, "blocklist", true),
        Http.json(Http.get(policy(tenant), auth())));
  }

  @Test
  void aChangeIsInTheTenantsAuditTrail() {
    String tenant = createTenant();
    assertEquals(200, Http.putJson(policy(tenant), "{\"minLength\":9}", auth()).statusCode());
    var trail =
        Http.get(
            URI.create(platform.issuer(tenant) + "/admin/audit?action=password.policy.changed"),
            auth());
    assertEquals(200, trail.statusCode(), trail.body());
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) Http.json(trail).get("items");
    assertEquals(1, items.size(), trail.body());
    assertEquals(tenant, items.get(0).get("target"));
    assertEquals("system/" + Platform.ADMIN_CLIENT_ID, items.get(0).get("actor"));
  }

  @Test
  void withoutAValidBearerTokenThePolicyIsClosed() {
    String tenant = createTenant();
    var none = Http.get(policy(tenant));
    assertProblem(none, 401, "about:blank");
    assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
    assertProblem(
        Http.putJson(policy(tenant), "{\"minLength\":30}", "Authorization", "Bearer x.y.z"),
        401,
        "about:blank");
    assertEquals(8L, Http.json(Http.get(policy(tenant), auth())).get("minLength"));
  }

  @Test
  void anUnknownTenantHasNoPolicy() {
    assertProblem(
        Http.get(policy("no-such-" + UUID.randomUUID().toString().substring(0, 8)), auth()),
        404,
        "urn:portcullis:problem:tenant-not-found");
  }

  private URI policy(String tenant) {
    return URI.create(platform.issuer(tenant) + "/admin/password-policy");
  }

  private String createTenant() {
    return Tenants.create(platform, bearer, "pwp-");
  }

  private String[] auth() {
    return new String[] {"Authorization", bearer};
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(type, Http.json(response).get("type"));
  }
}
