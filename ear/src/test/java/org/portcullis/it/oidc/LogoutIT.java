package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) and back-channel logout (OpenID
 * Connect Back-Channel Logout 1.0), checked with the Nimbus SDK's own request and token validator.
 */
class LogoutIT {

  private final OidcTenant op = new OidcTenant("out-");
  private final RelyingPartyServer rp = new RelyingPartyServer();

  @AfterEach
  void stop() {
    rp.close();
  }

  @Test
  void logoutWithAnIdTokenHintEndsTheSessionRevokesItsRefreshTokensAndTellsTheClient()
      throws Exception {
    String userId = op.user("alan");
    var client =
        op.client(
            rp.redirectUri().toString(),
            "client_secret_basic",
            "\"first_party\":true,\"post_logout_redirect_uris\":[\"http://127.0.0.1:9/bye\"],"
                + "\"backchannel_logout_uri\":\""
                + rp.backChannelUri()
                + "\"");
    var browser = new UserAgent();
    OIDCTokenResponse online = signIn(browser, client, "openid", "alan");
    OIDCTokenResponse offline = signIn(browser, client, "openid offline_access", "alan");
    String sid = online.getOIDCTokens().getIDToken().getJWTClaimsSet().getStringClaim("sid");

    State state = new State();
    var logout =
        new LogoutRequest(
            op.metadata.getEndSessionEndpointURI(),
            online.getOIDCTokens().getIDToken(),
            URI.create("http://127.0.0.1:9/bye"),
            state);
    HttpResponse<String> back = browser.get(logout.toURI());
    assertEquals(303, back.statusCode(), back.body());
    assertEquals("http://127.0.0.1:9/bye?state=" + state.getValue(), UserAgent.location(back));
    assertTrue(
        back.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("portcullis_session=;") && c.contains("Max-Age=0")),
        back.headers().allValues("Set-Cookie").toString());

    String logoutToken = rp.nextLogoutToken(Duration.ofSeconds(10));
    assertNotNull(logoutToken, "the client was told on the back channel");
    LogoutTokenClaimsSet claims =
        new LogoutTokenValidator(
                op.metadata.getIssuer(),
                client.id(),
                JWSAlgorithm.ES256,
                op.metadata.getJWKSetURI().toURL())
            .validate(com.nimbusds.jwt.JWTParser.parse(logoutToken));
    assertEquals(sid, claims.getSessionID().getValue());
    assertEquals(userId, claims.getSubject().getValue());

    assertEquals(
        "invalid_grant",
        OidcTenant.error(refresh(client, online)),
        "a session-bound refresh token ends with the session");
    assertTrue(refresh(client, offline).indicatesSuccess(), "offline_access outlives the session");

    var again = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page = browser.follow(browser.get(again.toURI()), op.platform.base());
    assertTrue(page.uri().getPath().endsWith("/login"), "signed out: the password again");
  }

  @Test
  void withoutAHintTheUserConfirmsAndAnUnregisteredReturnAddressIsRefused() throws Exception {
    op.user("kurt");
    var client =
        op.client(
            "http://127.0.0.1:9/cb",
            "client_secret_basic",
            "\"first_party\":true,\"post_logout_redirect_uris\":[\"http://127.0.0.1:9/bye\"]");
    var browser = new UserAgent();
    signIn(browser, client, "openid", "kurt");

    HttpResponse<String> open =
        browser.get(
            URI.create(
                op.issuer
                    + "/logout?client_id="
                    + client.id()
                    + "&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F"));
    assertEquals(400, open.statusCode(), "no open redirect after logout");
    assertTrue(open.headers().firstValue("Location").isEmpty());

    HttpResponse<String> forged =
        browser.post(URI.create(op.issuer + "/logout"), Map.of("confirm", "guessed"));
    assertEquals(200, forged.statusCode());
    assertTrue(forged.body().contains("Do you want to sign out?"), "a forged confirmation asks");

    HttpResponse<String> question = browser.get(URI.create(op.issuer + "/logout"));
    assertEquals(200, question.statusCode());
    HttpResponse<String> done = browser.submit(question, Map.of());
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("You have signed out."), done.body());

    var again = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> page = browser.follow(browser.get(again.toURI()), op.platform.base());
    assertTrue(page.uri().getPath().endsWith("/login"), "signed out: the password again");
  }

  private OIDCTokenResponse signIn(
      UserAgent browser, OidcTenant.Client client, String scope, String userName) throws Exception {
    var verifier = new CodeVerifier();
    var request = OidcTenant.request(op, client, scope, verifier).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> back =
        page.statusCode() == 200
            ? browser.submit(page, Map.of("username", userName, "password", OidcTenant.PASSWORD))
            : page;
    var response = AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)));
    var tokens = op.redeem(client, response.toSuccessResponse().getAuthorizationCode(), verifier);
    assertTrue(tokens.indicatesSuccess(), tokens.toString());
    return (OIDCTokenResponse) tokens;
  }

  private com.nimbusds.oauth2.sdk.TokenResponse refresh(
      OidcTenant.Client client, OIDCTokenResponse tokens) throws Exception {
    return OIDCTokenResponseParser.parse(
        new TokenRequest(
                op.metadata.getTokenEndpointURI(),
                client.basic(),
                new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken()))
            .toHTTPRequest()
            .send());
  }
}
