package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.it.Http;
import org.portcullis.it.Tokens;

/** The tenant's MFA policy through the admin API, and a REQUIRED policy at sign-in. */
class MfaPolicyIT {

  private final OidcTenant op = new OidcTenant("pol-");
  private final String admin = "Bearer " + Tokens.platformAdmin(op.platform);

  @Test
  void aRequiredPolicySendsAUserWithoutASecondFactorToEnrollASecurityKeyFirst() {
    op.user("nofactor", "operator");
    op.user("relaxed", "reader");
    var client = op.firstParty();
    assertEquals("OPTIONAL", Http.json(policy("GET", null)).get("mode"));
    var changed = policy("PUT", "{\"mode\":\"REQUIRED\",\"requiredRoles\":[\"operator\"]}");
    assertEquals(200, changed.statusCode(), changed.body());

    UserAgent browser = new UserAgent();
    HttpResponse<String> password = signIn(browser, client, "nofactor");
    assertEquals(303, password.statusCode());
    String enroll = UserAgent.location(password);
    assertTrue(enroll.startsWith(op.issuer + "/login/enroll?request="), enroll);
    HttpResponse<String> page = browser.get(URI.create(enroll));
    assertTrue(page.body().contains("requires a second factor"), page.body());
    assertTrue(page.body().contains("Add security key"), "no code, no session: a key first");
    assertEquals(1, op.auditCount("mfa.required.missing"));
    assertEquals(1, op.auditCount("mfa.asked.role-policy"));

    HttpResponse<String> signedIn = signIn(client, "relaxed");
    assertEquals(303, signedIn.statusCode(), "the policy names roles the user does not have");
  }

  @Test
  void anInvalidPolicyIsAProblemAndChangesNothing() {
    var unknown = policy("PUT", "{\"mode\":\"SOMETIMES\"}");
    assertEquals(400, unknown.statusCode());
    assertTrue(
        unknown
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    var rolesWithoutRequired = policy("PUT", "{\"mode\":\"OPTIONAL\",\"requiredRoles\":[\"x\"]}");
    assertEquals(400, rolesWithoutRequired.statusCode());
    assertEquals("OPTIONAL", Http.json(policy("GET", null)).get("mode"));
  }

  private HttpResponse<String> signIn(OidcTenant.Client client, String userName) {
    return signIn(new UserAgent(), client, userName);
  }

  private HttpResponse<String> signIn(
      UserAgent browser, OidcTenant.Client client, String userName) {
    var request = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    return browser.submit(page, Map.of("username", userName, "password", OidcTenant.PASSWORD));
  }

  private HttpResponse<String> policy(String method, String body) {
    URI uri = URI.create(op.issuer + "/admin/mfa-policy");
    return body == null
        ? Http.get(uri, "Authorization", admin)
        : Http.send(method, uri, "application/json", body, "Authorization", admin);
  }
}
