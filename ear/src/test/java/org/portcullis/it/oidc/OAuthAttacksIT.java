package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.it.Platform;

/**
 * The defences of the OAuth 2.0 Security BCP (RFC 9700) that apply to the authorization code flow,
 * each shown by the attack it stops.
 */
class OAuthAttacksIT {

  private final OidcTenant op = new OidcTenant("atk-");

  @Test
  void anUnregisteredRedirectUriOrUnknownClientIsShownNeverRedirected() {
    var client = op.firstParty();
    var browser = new UserAgent();
    // RFC 9700 §4.1, §4.11: no open redirector.
    URI evil =
        URI.create(
            op.issuer
                + "/authorize?response_type=code&scope=openid&client_id="
                + client.id()
                + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&state=s");
    HttpResponse<String> page = browser.get(evil);
    assertEquals(400, page.statusCode());
    assertTrue(page.headers().firstValue("Location").isEmpty());
    assertTrue(page.body().contains("not registered"), page.body());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));

    HttpResponse<String> unknown =
        browser.get(
            URI.create(
                op.issuer
                    + "/authorize?response_type=code&scope=openid&client_id=nobody"
                    + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.headers().firstValue("Location").isEmpty());
  }

  @Test
  void pkcePlainIsRefusedAndAPublicClientMustUsePkce() throws Exception {
    var spa = op.client("http://127.0.0.1:9/spa", "none", "\"first_party\":true");
    var browser = new UserAgent();
    var withoutPkce =
        new AuthenticationRequest.Builder(
                new ResponseType("code"), Scope.parse("openid"), spa.id(), spa.redirectUri())
            .endpointURI(op.metadata.getAuthorizationEndpointURI())
            .state(new State())
            .build();
    assertEquals("invalid_request", errorOf(browser.get(withoutPkce.toURI())));

    var verifier = new CodeVerifier();
    URI plain =
        URI.create(
            withoutPkce.toURI()
                + "&code_challenge="
                + CodeChallenge.compute(CodeChallengeMethod.PLAIN, verifier).getValue()
                + "&code_challenge_method=plain");
    assertEquals("invalid_request", errorOf(browser.get(plain)));
  }

  @Test
  void pkceDowngradeAndAWrongVerifierAreRefused() throws Exception {
    op.user("mallory-victim");
    var client = op.firstParty();
    var browser = new UserAgent();
    var verifier = new CodeVerifier();
    AuthorizationCode code = codeFor(browser, client, "mallory-victim", verifier, true);
    // RFC 9700 §2.1.1, RFC 7636 §4.6: the code is only good with its verifier.
    assertEquals("invalid_grant", OidcTenant.error(op.redeem(client, code, null)));
    assertEquals("invalid_grant", OidcTenant.error(op.redeem(client, code, new CodeVerifier())));
    assertTrue(op.redeem(client, code, verifier).indicatesSuccess(), "refusals did not spend it");

    // A code issued without a challenge is refused with a verifier (downgrade detection).
    AuthorizationCode unbound = codeFor(browser, client, null, null, false);
    assertEquals("invalid_grant", OidcTenant.error(op.redeem(client, unbound, new CodeVerifier())));
  }

  @Test
  void anInjectedCodeIsRefusedForAnotherClientAnotherRedirectUriAndAnotherTenant()
      throws Exception {
    op.user("victim");
    var victimApp = op.firstParty();
    var attackerApp = op.firstParty();
    var verifier = new CodeVerifier();
    AuthorizationCode code = codeFor(new UserAgent(), victimApp, "victim", verifier, true);

    assertEquals("invalid_grant", OidcTenant.error(op.redeem(attackerApp, code, verifier)));
    var wrongRedirect =
        OIDCTokenResponseParser.parse(
            new TokenRequest(
                    op.metadata.getTokenEndpointURI(),
                    victimApp.basic(),
                    new AuthorizationCodeGrant(
                        code, URI.create("http://127.0.0.1:9/other"), verifier))
                .toHTTPRequest()
                .send());
    assertEquals("invalid_grant", OidcTenant.error(wrongRedirect));

    var otherTenant = new OidcTenant("atk-");
    var appThere = otherTenant.firstParty();
    assertEquals("invalid_grant", OidcTenant.error(otherTenant.redeem(appThere, code, verifier)));
    assertTrue(op.redeem(victimApp, code, verifier).indicatesSuccess());
  }

  @Test
  void aReplayedCodeRevokesTheTokensItIssued() throws Exception {
    op.user("replayed");
    var client = op.firstParty();
    var verifier = new CodeVerifier();
    AuthorizationCode code = codeFor(new UserAgent(), client, "replayed", verifier, true);
    var first = (OIDCTokenResponse) op.redeem(client, code, verifier);
    var access = (BearerAccessToken) first.getOIDCTokens().getAccessToken();
    assertTrue(userInfo(access).indicatesSuccess());

    // RFC 6749 §4.1.2: a code is used once; a replay revokes what it issued.
    assertEquals("invalid_grant", OidcTenant.error(op.redeem(client, code, verifier)));
    assertFalse(userInfo(access).indicatesSuccess(), "the access token is revoked");
    var refresh =
        OIDCTokenResponseParser.parse(
            new TokenRequest(
                    op.metadata.getTokenEndpointURI(),
                    client.basic(),
                    new com.nimbusds.oauth2.sdk.RefreshTokenGrant(
                        first.getOIDCTokens().getRefreshToken()))
                .toHTTPRequest()
                .send());
    assertEquals("invalid_grant", OidcTenant.error(refresh), "the refresh token is revoked");
    assertEquals(1, op.auditCount("token.code.replayed"));
    assertEquals(1, op.auditCount("token.issued"));
    assertEquals(1, op.auditCount("user.authenticated"));
  }

  @Test
  void concurrentRedemptionsOfOneCodeGiveOneSuccessAndNeverAServerError() throws Exception {
    op.user("racer");
    var client = op.firstParty();
    // Enough rounds that a replay lands while the winner is still minting (it once gave a 500).
    for (int round = 0; round < 8; round++) {
      var verifier = new CodeVerifier();
      AuthorizationCode code = codeFor(new UserAgent(), client, "racer", verifier, true);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
      try {
        var results =
            pool.invokeAll(
                java.util.Collections.nCopies(
                    6,
                    (java.util.concurrent.Callable<Boolean>)
                        () -> {
                          var response = op.redeem(client, code, verifier);
                          if (!response.indicatesSuccess()) {
                            // Not a server error: the protocol's own refusal.
                            assertEquals("invalid_grant", OidcTenant.error(response));
                          }
                          return response.indicatesSuccess();
                        }));
        long successes = 0;
        for (var result : results) {
          successes += result.get() ? 1 : 0;
        }
        assertEquals(1, successes, "round " + round);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void concurrentUsesOfOneRefreshTokenGiveOneSuccessThenRevokeTheFamily() throws Exception {
    op.user("twice");
    var client = op.firstParty();
    var verifier = new CodeVerifier();
    var tokens =
        (OIDCTokenResponse)
            op.redeem(client, codeFor(new UserAgent(), client, "twice", verifier, true), verifier);
    var shared = tokens.getOIDCTokens().getRefreshToken();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      var results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  6,
                  (java.util.concurrent.Callable<com.nimbusds.oauth2.sdk.TokenResponse>)
                      () -> refresh(client, shared)));
      OIDCTokenResponse winner = null;
      for (var result : results) {
        var response = result.get();
        if (response.indicatesSuccess()) {
          assertTrue(winner == null, "one success only");
          winner = (OIDCTokenResponse) response;
        } else {
          // Not a server error: the protocol's own refusal.
          assertEquals("invalid_grant", OidcTenant.error(response));
        }
      }
      assertTrue(winner != null, "the first use rotates");
      // RFC 9700 §4.14.2: the other uses were reuse, so the winner's tokens are revoked too.
      var next = refresh(client, winner.getOIDCTokens().getRefreshToken());
      assertEquals("invalid_grant", OidcTenant.error(next), "the family is revoked");
      assertFalse(
          userInfo((BearerAccessToken) winner.getOIDCTokens().getAccessToken()).indicatesSuccess(),
          "and the winner's access token with it");
      // The first loser finds the token rotated (a reuse); the later ones find it revoked.
      assertEquals(1, op.auditCount("token.refresh.reused"));
    } finally {
      pool.shutdownNow();
    }
  }

  private com.nimbusds.oauth2.sdk.TokenResponse refresh(
      OidcTenant.Client client, com.nimbusds.oauth2.sdk.token.RefreshToken token) throws Exception {
    return OIDCTokenResponseParser.parse(
        new TokenRequest(
                op.metadata.getTokenEndpointURI(),
                client.basic(),
                new com.nimbusds.oauth2.sdk.RefreshTokenGrant(token))
            .toHTTPRequest()
            .send());
  }

  @Test
  void eachTenantNamesItselfInTheResponseAgainstMixUp() throws Exception {
    var other = new OidcTenant("atk-");
    other.user("mixed");
    op.user("mixed");
    var here = op.firstParty();
    var there = other.firstParty();
    var browser = new UserAgent();
    URI fromHere = URI.create(UserAgent.location(signedIn(browser, op, here, "mixed")));
    URI fromThere = URI.create(UserAgent.location(signedIn(browser, other, there, "mixed")));
    // RFC 9207: the iss parameter tells the client which server answered.
    var a = AuthenticationResponseParser.parse(fromHere).toSuccessResponse();
    var b = AuthenticationResponseParser.parse(fromThere).toSuccessResponse();
    assertEquals(op.issuer, a.getIssuer().getValue());
    assertEquals(other.issuer, b.getIssuer().getValue());
    assertNotEquals(a.getIssuer(), b.getIssuer());
  }

  @Test
  void aLoginFormPostedWithoutTheBrowsersCookieIsRefused() {
    op.user("csrf");
    var client = op.firstParty();
    var victim = new UserAgent();
    var request = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page = victim.follow(victim.get(request.toURI()), op.platform.base());
    String requestId = page.uri().getQuery().replace("request=", "");
    // Another browser (the attacker's forged form) cannot continue the victim's request.
    var attacker = new UserAgent();
    HttpResponse<String> forged =
        attacker.post(
            URI.create(op.issuer + "/login"),
            Map.of("request", requestId, "username", "csrf", "password", OidcTenant.PASSWORD));
    assertEquals(400, forged.statusCode());
    assertTrue(forged.headers().firstValue("Location").isEmpty());
  }

  @Test
  void hostedPagesSendNoReferrer() {
    var client = op.firstParty();
    var browser = new UserAgent();
    var request = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    // RFC 9700 §4.2.4: no Referer carries the page's URL to another site.
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(page.body().contains("<meta name=\"referrer\" content=\"no-referrer\">"));
  }

  @Test
  void failedSignInsSlowTheUserNameDownWithRetryAfter() {
    op.user("guessed");
    var client = op.firstParty();
    var browser = new UserAgent();
    var request = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    for (int i = 0; i < Platform.THROTTLE_FREE_FAILURES; i++) {
      page = browser.submit(page, Map.of("username", "guessed", "password", "wrong-" + i));
      assertEquals(200, page.statusCode(), "attempt " + i);
      assertTrue(page.body().contains("The user name or password is wrong."));
    }
    HttpResponse<String> throttled =
        browser.submit(page, Map.of("username", "guessed", "password", OidcTenant.PASSWORD));
    assertEquals(429, throttled.statusCode());
    assertTrue(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()) > 0);
    assertTrue(throttled.body().contains("Too many failed attempts"), throttled.body());
    assertEquals(
        Platform.THROTTLE_FREE_FAILURES,
        op.auditCount("user.authentication.failed.wrong-password"));
    assertTrue(op.auditCount("ratelimit.throttled") >= 1);
  }

  private AuthorizationCode codeFor(
      UserAgent browser,
      OidcTenant.Client client,
      String userName,
      CodeVerifier verifier,
      boolean pkce)
      throws Exception {
    var builder =
        new AuthenticationRequest.Builder(
                new ResponseType("code"),
                Scope.parse("openid offline_access"),
                client.id(),
                client.redirectUri())
            .endpointURI(op.metadata.getAuthorizationEndpointURI())
            .state(new State());
    if (pkce) {
      builder.codeChallenge(verifier, CodeChallengeMethod.S256);
    }
    HttpResponse<String> page =
        browser.follow(browser.get(builder.build().toURI()), op.platform.base());
    HttpResponse<String> back =
        page.statusCode() == 200
            ? browser.submit(page, Map.of("username", userName, "password", OidcTenant.PASSWORD))
            : page;
    return AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)))
        .toSuccessResponse()
        .getAuthorizationCode();
  }

  private static HttpResponse<String> signedIn(
      UserAgent browser, OidcTenant tenant, OidcTenant.Client client, String userName) {
    var request = OidcTenant.request(tenant, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page =
        browser.follow(browser.get(request.toURI()), tenant.platform.base());
    return browser.submit(page, Map.of("username", userName, "password", OidcTenant.PASSWORD));
  }

  private UserInfoResponse userInfo(BearerAccessToken token) throws Exception {
    return UserInfoResponse.parse(
        new UserInfoRequest(op.metadata.getUserInfoEndpointURI(), token).toHTTPRequest().send());
  }

  private static String errorOf(HttpResponse<String> response) throws Exception {
    assertEquals(303, response.statusCode(), response.body());
    var parsed = AuthenticationResponseParser.parse(URI.create(UserAgent.location(response)));
    return ((AuthenticationErrorResponse) parsed).getErrorObject().getCode();
  }
}
