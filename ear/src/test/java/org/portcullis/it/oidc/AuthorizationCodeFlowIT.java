package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authorization code flow driven by a relying-party library no one here wrote (Nimbus OAuth 2.0
 * SDK with OpenID Connect): discovery, the hosted sign-in, SSO across clients, {@code prompt},
 * {@code max_age}, consent, ID tokens validated by the library, userinfo, refresh rotation.
 */
class AuthorizationCodeFlowIT {

  private final OidcTenant op = new OidcTenant("oidc-");

  @Test
  void codeFlowWithPkceGivesTokensTheRelyingPartyValidates() throws Exception {
    String userId = op.user("ada");
    var client = op.firstParty();
    var verifier = new CodeVerifier();
    AuthenticationRequest request =
        OidcTenant.request(op, client, "openid profile email roles", verifier).build();
    var browser = new UserAgent();

    HttpResponse<String> login = browser.follow(browser.get(request.toURI()), op.platform.base());
    assertEquals(200, login.statusCode(), login.body());
    assertTrue(login.uri().getPath().endsWith("/login"), login.uri().toString());
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), csp);
    assertTrue(csp.contains("form-action 'self' http://127.0.0.1:9"), csp);
    assertEquals("no-referrer", login.headers().firstValue("Referrer-Policy").orElse(""));

    HttpResponse<String> back =
        browser.submit(login, Map.of("username", "ada", "password", OidcTenant.PASSWORD));
    assertEquals(303, back.statusCode(), back.body());
    List<String> cookies = back.headers().allValues("Set-Cookie");
    String session =
        cookies.stream().filter(c -> c.startsWith("portcullis_session=")).findFirst().orElseThrow();
    assertTrue(session.contains("HttpOnly"), session);
    assertTrue(session.contains("SameSite=Lax"), session);
    assertTrue(session.contains("Path=/t/" + op.tenant + "/"), session);
    assertFalse(session.contains("Secure"), "plain HTTP on loopback: " + session);

    AuthenticationResponse response =
        AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)));
    assertTrue(response.indicatesSuccess(), response.toString());
    AuthorizationSuccessResponse success = response.toSuccessResponse();
    assertEquals(request.getState(), success.getState());
    // RFC 9207: the response names its issuer (mix-up defence).
    assertEquals(op.issuer, success.getIssuer().getValue());

    TokenResponse tokens = op.redeem(client, success.getAuthorizationCode(), verifier);
    assertTrue(tokens.indicatesSuccess(), tokens.toString());
    OIDCTokenResponse oidc = (OIDCTokenResponse) tokens;
    assertNotNull(oidc.getOIDCTokens().getRefreshToken(), "registered for refresh_token");

    IDTokenValidator validator =
        new IDTokenValidator(
            op.metadata.getIssuer(),
            client.id(),
            JWSAlgorithm.ES256,
            op.metadata.getJWKSetURI().toURL());
    IDTokenClaimsSet id = validator.validate(oidc.getOIDCTokens().getIDToken(), request.getNonce());
    assertEquals(userId, id.getSubject().getValue());
    assertEquals(client.id().getValue(), id.getAuthorizedParty().getValue());
    assertNotNull(id.getAuthenticationTime());
    assertEquals(List.of("pwd"), id.getStringListClaim("amr"));
    assertEquals("1", id.getACR().getValue());
    assertNotNull(id.getStringClaim("sid"));
    assertEquals("ada", id.getStringClaim("preferred_username"));
    // OpenID Connect Core §3.1.3.8: at_hash binds the access token.
    assertEquals(
        com.nimbusds.openid.connect.sdk.claims.AccessTokenHash.compute(
                oidc.getOIDCTokens().getAccessToken(), JWSAlgorithm.ES256, null)
            .getValue(),
        id.getAccessTokenHash().getValue());

    JWTClaimsSet access =
        SignedJWT.parse(oidc.getOIDCTokens().getAccessToken().getValue()).getJWTClaimsSet();
    assertEquals(userId, access.getSubject());
    assertEquals("ada", access.getStringClaim("upn"));
    assertEquals(List.of("reader"), access.getStringListClaim("groups"));
    assertEquals(List.of(op.issuer), access.getAudience());

    UserInfoResponse info =
        UserInfoResponse.parse(
            new UserInfoRequest(
                    op.metadata.getUserInfoEndpointURI(),
                    (BearerAccessToken) oidc.getOIDCTokens().getAccessToken())
                .toHTTPRequest()
                .send());
    assertTrue(info.indicatesSuccess(), info.toString());
    var claims = info.toSuccessResponse().getUserInfo();
    assertEquals(userId, claims.getSubject().getValue());
    assertEquals("ada@example.org", claims.getEmailAddress());
    assertEquals("Ada", claims.getGivenName());
    assertEquals(List.of("reader"), claims.getStringListClaim("roles"));
  }

  @Test
  void aSecondClientSignsInThroughTheSessionWithoutThePassword() throws Exception {
    op.user("grace");
    var browser = new UserAgent();
    var first = op.firstParty();
    signIn(browser, first, "grace");

    var second = op.firstParty();
    var verifier = new CodeVerifier();
    var request = OidcTenant.request(op, second, "openid", verifier).build();
    HttpResponse<String> back = browser.get(request.toURI());
    assertEquals(303, back.statusCode(), "straight back to the client, no sign-in page");
    var response = AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)));
    assertTrue(response.indicatesSuccess(), response.toString());
    TokenResponse tokens =
        op.redeem(second, response.toSuccessResponse().getAuthorizationCode(), verifier);
    assertTrue(tokens.indicatesSuccess(), tokens.toString());
  }

  @Test
  void promptNoneAnswersLoginRequiredWithoutASessionAndACodeWithOne() throws Exception {
    op.user("linus");
    var client = op.firstParty();
    var browser = new UserAgent();
    var silent =
        OidcTenant.request(op, client, "openid", new CodeVerifier())
            .prompt(new Prompt(Prompt.Type.NONE))
            .build();
    var refused =
        AuthenticationResponseParser.parse(
            URI.create(UserAgent.location(browser.get(silent.toURI()))));
    assertFalse(refused.indicatesSuccess());
    assertEquals(
        "login_required", ((AuthenticationErrorResponse) refused).getErrorObject().getCode());
    assertEquals(silent.getState(), refused.getState());

    signIn(browser, client, "linus");
    var again =
        OidcTenant.request(op, client, "openid", new CodeVerifier())
            .prompt(new Prompt(Prompt.Type.NONE))
            .build();
    var granted =
        AuthenticationResponseParser.parse(
            URI.create(UserAgent.location(browser.get(again.toURI()))));
    assertTrue(granted.indicatesSuccess(), granted.toString());
  }

  @Test
  void promptLoginAndMaxAgeAskForTheUserAgainInTheSameSession() throws Exception {
    op.user("edsger");
    var client = op.firstParty();
    var browser = new UserAgent();
    IDTokenClaimsSet first = idToken(signIn(browser, client, "edsger"));
    Thread.sleep(1100);

    for (var request :
        List.of(
            OidcTenant.request(op, client, "openid", new CodeVerifier())
                .prompt(new Prompt(Prompt.Type.LOGIN)),
            OidcTenant.request(op, client, "openid", new CodeVerifier()).maxAge(0))) {
      var verifier = new CodeVerifier();
      var built =
          request
              .codeChallenge(verifier, com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod.S256)
              .build();
      HttpResponse<String> page = browser.follow(browser.get(built.toURI()), op.platform.base());
      assertEquals(200, page.statusCode(), "the sign-in page again");
      assertTrue(page.uri().getPath().endsWith("/login"));
      HttpResponse<String> back =
          browser.submit(page, Map.of("username", "edsger", "password", OidcTenant.PASSWORD));
      var response = AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)));
      var tokens =
          (OIDCTokenResponse)
              op.redeem(client, response.toSuccessResponse().getAuthorizationCode(), verifier);
      JWTClaimsSet claims = tokens.getOIDCTokens().getIDToken().getJWTClaimsSet();
      assertTrue(
          claims.getDateClaim("auth_time").after(first.getAuthenticationTime()),
          "a fresh auth_time");
      assertEquals(first.getStringClaim("sid"), claims.getStringClaim("sid"), "the same session");
    }
  }

  @Test
  void aThirdPartyClientAsksForConsentOnceAndADenialGoesBackAsAccessDenied() throws Exception {
    op.user("barbara");
    var thirdParty = op.client("http://127.0.0.1:9/cb", "client_secret_basic", "");
    var browser = new UserAgent();
    var verifier = new CodeVerifier();
    var request = OidcTenant.request(op, thirdParty, "openid email", verifier).build();
    HttpResponse<String> login = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> consent =
        browser.follow(
            browser.submit(login, Map.of("username", "barbara", "password", OidcTenant.PASSWORD)),
            op.platform.base());
    assertEquals(200, consent.statusCode());
    assertTrue(consent.uri().getPath().endsWith("/consent"), consent.uri().toString());
    assertTrue(consent.body().contains("Read your email address"), consent.body());

    HttpResponse<String> denied = browser.submit(consent, Map.of("decision", "deny"));
    var refused = AuthenticationResponseParser.parse(URI.create(UserAgent.location(denied)));
    assertEquals(
        "access_denied", ((AuthenticationErrorResponse) refused).getErrorObject().getCode());

    var again = OidcTenant.request(op, thirdParty, "openid email", verifier).build();
    HttpResponse<String> asked = browser.follow(browser.get(again.toURI()), op.platform.base());
    assertTrue(asked.uri().getPath().endsWith("/consent"), "a denial is not remembered");
    HttpResponse<String> allowed = browser.submit(asked, Map.of("decision", "allow"));
    var granted = AuthenticationResponseParser.parse(URI.create(UserAgent.location(allowed)));
    assertTrue(granted.indicatesSuccess(), granted.toString());

    var third = OidcTenant.request(op, thirdParty, "openid", new CodeVerifier()).build();
    HttpResponse<String> silent = browser.get(third.toURI());
    assertTrue(
        AuthenticationResponseParser.parse(URI.create(UserAgent.location(silent)))
            .indicatesSuccess(),
        "a consent covering the scope is not asked again");
  }

  @Test
  void refreshTokensRotateAndTheRotatedOneRevokesTheFamily() throws Exception {
    op.user("donald");
    var client = op.firstParty();
    OIDCTokenResponse issued = signIn(new UserAgent(), client, "donald");
    RefreshToken first = issued.getOIDCTokens().getRefreshToken();

    OIDCTokenResponse refreshed = refresh(client, first);
    assertTrue(refreshed.indicatesSuccess());
    RefreshToken second = refreshed.getOIDCTokens().getRefreshToken();
    assertNotEquals(first, second, "rotated on every use");
    assertNotNull(refreshed.getOIDCTokens().getIDToken());

    TokenResponse reused = refreshRaw(client, first);
    assertEquals("invalid_grant", OidcTenant.error(reused));
    assertEquals(
        "invalid_grant",
        OidcTenant.error(refreshRaw(client, second)),
        "RFC 9700 §4.14.2: reuse revokes the whole family");
    var info =
        UserInfoResponse.parse(
            new UserInfoRequest(
                    op.metadata.getUserInfoEndpointURI(),
                    (BearerAccessToken) refreshed.getOIDCTokens().getAccessToken())
                .toHTTPRequest()
                .send());
    assertFalse(info.indicatesSuccess(), "the family's access tokens are revoked too");
  }

  @Test
  void aDisabledUserGetsNoMoreTokens() throws Exception {
    String id = op.user("niklaus");
    var client = op.firstParty();
    OIDCTokenResponse issued = signIn(new UserAgent(), client, "niklaus");
    op.patchUser(id, "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}");
    assertEquals(
        "invalid_grant",
        OidcTenant.error(refreshRaw(client, issued.getOIDCTokens().getRefreshToken())));

    var browser = new UserAgent();
    var request = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> login = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> refused =
        browser.submit(login, Map.of("username", "niklaus", "password", OidcTenant.PASSWORD));
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("The user name or password is wrong."), refused.body());
    assertNull(
        browser.cookie(op.platform.base().resolve("/t/" + op.tenant + "/"), "portcullis_session"));
  }

  /** Signs in through the hosted page and redeems the code. */
  OIDCTokenResponse signIn(UserAgent browser, OidcTenant.Client client, String userName)
      throws Exception {
    var verifier = new CodeVerifier();
    var request = OidcTenant.request(op, client, "openid profile", verifier).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> back =
        page.statusCode() == 200
            ? browser.submit(page, Map.of("username", userName, "password", OidcTenant.PASSWORD))
            : page;
    var response = AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)));
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    TokenResponse tokens = op.redeem(client, code, verifier);
    assertTrue(tokens.indicatesSuccess(), tokens.toString());
    return (OIDCTokenResponse) tokens;
  }

  private static IDTokenClaimsSet idToken(OIDCTokenResponse tokens) throws Exception {
    return new IDTokenClaimsSet(tokens.getOIDCTokens().getIDToken().getJWTClaimsSet());
  }

  private OIDCTokenResponse refresh(OidcTenant.Client client, RefreshToken token) throws Exception {
    TokenResponse response = refreshRaw(client, token);
    assertTrue(response.indicatesSuccess(), response.toString());
    return (OIDCTokenResponse) response;
  }

  private TokenResponse refreshRaw(OidcTenant.Client client, RefreshToken token) throws Exception {
    return OIDCTokenResponseParser.parse(
        new TokenRequest(
                op.metadata.getTokenEndpointURI(), client.basic(), new RefreshTokenGrant(token))
            .toHTTPRequest()
            .send());
  }
}
