package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.it.Http;
import org.portcullis.it.Tokens;

/** A tenant's token lifetimes through the admin API, and what the tenant issues afterwards. */
class TokenLifetimesIT {

  private final OidcTenant op = new OidcTenant("life-");
  private final String admin = "Bearer " + Tokens.platformAdmin(op.platform);

  @Test
  void theTenantsLifetimesApplyToClientsAndRefreshTokensIssuedAfterTheChange() throws Exception {
    Map<String, Object> defaults = Http.json(lifetimes("GET", null));
    assertEquals(300, number(defaults, "accessToken"));
    assertEquals(36_000, number(defaults, "session"));
    assertEquals(1_800, number(defaults, "refreshIdle"));
    assertEquals(36_000, number(defaults, "refreshMax"));
    assertEquals(2_592_000, number(defaults, "offlineIdle"));
    assertEquals(5_184_000, number(defaults, "offlineMax"));
    var before = op.firstParty();

    var changed = lifetimes("PUT", "{\"accessToken\":120,\"refreshIdle\":60}");
    assertEquals(200, changed.statusCode(), changed.body());
    Map<String, Object> now = Http.json(changed);
    assertEquals(120, number(now, "accessToken"));
    assertEquals(60, number(now, "refreshIdle"));
    assertEquals(36_000, number(now, "refreshMax"), "left out: the platform's default");
    assertEquals(now, Http.json(lifetimes("GET", null)));
    assertEquals(1, op.auditCount("token.lifetimes.changed"));
    var other = new OidcTenant("life-");
    assertEquals(
        300,
        number(
            Http.json(
                Http.get(
                    URI.create(other.issuer + "/admin/token-lifetimes"), "Authorization", admin)),
            "accessToken"),
        "another tenant keeps the platform's defaults");

    op.user("rita");
    // A client registered now without access_token_lifetime gets the tenant's; one registered
    // before keeps what it got; a client's own lifetime wins.
    var after = op.firstParty();
    var own =
        op.client(
            "http://127.0.0.1:9/cb",
            "client_secret_basic",
            "\"first_party\":true,\"access_token_lifetime\":600");
    assertEquals(300, signIn(before).getOIDCTokens().getAccessToken().getLifetime());
    assertEquals(600, signIn(own).getOIDCTokens().getAccessToken().getLifetime());
    OIDCTokenResponse tokens = signIn(after);
    assertEquals(120, tokens.getOIDCTokens().getAccessToken().getLifetime());

    // The refresh token idles out after the tenant's 60 seconds (the session's 10 hours are far).
    OIDCTokenResponse rotated =
        (OIDCTokenResponse) refresh(after, tokens.getOIDCTokens().getRefreshToken());
    assertTrue(rotated.indicatesSuccess());
    RefreshToken next = rotated.getOIDCTokens().getRefreshToken();
    Thread.sleep(62_000);
    TokenResponse idled = refresh(after, next);
    assertEquals("invalid_grant", OidcTenant.error(idled), idled.toString());
  }

  @Test
  void lifetimesOutOfBoundsAreProblemsAndChangeNothing() {
    Map<String, Object> before = Http.json(lifetimes("GET", null));
    var idleOverMax = lifetimes("PUT", "{\"refreshIdle\":7200,\"refreshMax\":3600}");
    assertEquals(400, idleOverMax.statusCode());
    assertTrue(
        idleOverMax
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(idleOverMax.body().contains("refreshIdle"), idleOverMax.body());
    assertEquals(400, lifetimes("PUT", "{\"accessToken\":10}").statusCode());
    assertEquals(400, lifetimes("PUT", "{\"accessToken\":\"soon\"}").statusCode());
    assertEquals(400, lifetimes("PUT", "[]").statusCode());
    assertEquals(before, Http.json(lifetimes("GET", null)));
    assertEquals(0, op.auditCount("token.lifetimes.changed"));
  }

  private OIDCTokenResponse signIn(OidcTenant.Client client) {
    var verifier = new CodeVerifier();
    var request = OidcTenant.request(op, client, "openid", verifier).build();
    UserAgent browser = new UserAgent();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> back =
        browser.submit(page, Map.of("username", "rita", "password", OidcTenant.PASSWORD));
    try {
      AuthorizationCode code =
          AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)))
              .toSuccessResponse()
              .getAuthorizationCode();
      TokenResponse response = op.redeem(client, code, verifier);
      assertTrue(response.indicatesSuccess(), response.toString());
      return (OIDCTokenResponse) response;
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private TokenResponse refresh(OidcTenant.Client client, RefreshToken token) throws Exception {
    return OIDCTokenResponseParser.parse(
        new TokenRequest(
                op.metadata.getTokenEndpointURI(), client.basic(), new RefreshTokenGrant(token))
            .toHTTPRequest()
            .send());
  }

  private static long number(Map<String, Object> json, String name) {
    return ((Number) json.get(name)).longValue();
  }

  private HttpResponse<String> lifetimes(String method, String body) {
    URI uri = URI.create(op.issuer + "/admin/token-lifetimes");
    return body == null
        ? Http.get(uri, "Authorization", admin)
        : Http.send(method, uri, "application/json", body, "Authorization", admin);
  }
}
