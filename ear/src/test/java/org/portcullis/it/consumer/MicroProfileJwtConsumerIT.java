package org.portcullis.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portcullis.it.Http;
import org.portcullis.it.Platform;
import org.portcullis.it.Tokens;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.UserAgent;

/**
 * Proves the contract's promise that a MicroProfile JWT 2.1 application accepts the platform's
 * access tokens as they are: a small consumer WAR, configured only with the tenant's JWKS URL and
 * issuer, runs on Payara Micro's bundled MicroProfile JWT, maps the token's {@code groups} to
 * {@code @RolesAllowed}, and rejects tokens the platform did not sign.
 */
@ExtendWith(ArquillianExtension.class)
class MicroProfileJwtConsumerIT {

  @ArquillianResource private URL consumer;

  /**
   * The consumer WAR. Its configuration names the running platform, so the platform starts here:
   * Arquillian calls this before any test.
   */
  @Deployment(testable = false)
  static WebArchive consumerApp() {
    String issuer = Platform.get().issuer("system");
    // Our access tokens' aud is the issuer when no RFC 8707 resource is asked for (contract).
    String config =
        String.join(
            "\n",
            "mp.jwt.verify.publickey.location=" + issuer + "/jwks",
            "mp.jwt.verify.issuer=" + issuer,
            "mp.jwt.verify.audiences=" + issuer,
            "");
    return ShrinkWrap.create(WebArchive.class, "jwt-consumer.war")
        .addClasses(ConsumerApplication.class, CallerResource.class)
        .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
  }

  @Test
  void platformTokenWithGroupReachesRoleProtectedEndpoint() {
    Platform platform = Platform.get();

    HttpResponse<String> response =
        call("platform-admin", "Bearer " + Tokens.platformAdmin(platform));

    assertEquals(200, response.statusCode(), response.body());
    Map<String, Object> caller = Http.json(response);
    assertEquals(Platform.ADMIN_CLIENT_ID, caller.get("name"));
    assertEquals(Platform.ADMIN_CLIENT_ID, caller.get("upn"));
    assertEquals(platform.issuer("system"), caller.get("issuer"));
    assertEquals(List.of("platform-admin"), caller.get("groups"));
  }

  @Test
  void accessTokensOfTheCodeAndRefreshGrantsAreAccepted() throws Exception {
    Platform platform = Platform.get();
    OidcTenant system = OidcTenant.existing("system");
    var client = system.firstParty();
    var verifier = new CodeVerifier();
    var browser = new UserAgent();
    var request = OidcTenant.request(system, client, "openid", verifier).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), platform.base());
    HttpResponse<String> back =
        browser.submit(page, Map.of("username", "admin", "password", platform.adminPassword()));
    var code =
        AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)))
            .toSuccessResponse()
            .getAuthorizationCode();
    var issued = (OIDCTokenResponse) system.redeem(client, code, verifier);

    HttpResponse<String> withCodeToken =
        call("platform-admin", "Bearer " + issued.getOIDCTokens().getAccessToken().getValue());
    assertEquals(200, withCodeToken.statusCode(), withCodeToken.body());
    assertEquals("admin", Http.json(withCodeToken).get("upn"));
    assertEquals(List.of("platform-admin"), Http.json(withCodeToken).get("groups"));

    var refreshed =
        OIDCTokenResponseParser.parse(
            new TokenRequest(
                    system.metadata.getTokenEndpointURI(),
                    client.basic(),
                    new RefreshTokenGrant(issued.getOIDCTokens().getRefreshToken()))
                .toHTTPRequest()
                .send());
    assertTrue(refreshed.indicatesSuccess(), refreshed.toString());
    HttpResponse<String> withRefreshedToken =
        call(
            "platform-admin",
            "Bearer " + refreshed.toSuccessResponse().getTokens().getAccessToken().getValue());
    assertEquals(200, withRefreshedToken.statusCode(), withRefreshedToken.body());
  }

  @Test
  void platformTokenWithoutRoleIsForbidden() {
    HttpResponse<String> response =
        call("auditor", "Bearer " + Tokens.platformAdmin(Platform.get()));

    assertEquals(403, response.statusCode(), response.body());
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    HttpResponse<String> response = Http.get(endpoint("platform-admin"));

    assertEquals(401, response.statusCode(), response.body());
  }

  @Test
  void tokenWithTamperedSignatureIsUnauthorized() {
    String token = Tokens.platformAdmin(Platform.get());
    int signatureStart = token.lastIndexOf('.') + 1;
    // Flip the signature's first character: the last one may only carry padding bits.
    char flipped = token.charAt(signatureStart) == 'A' ? 'B' : 'A';
    String tampered =
        token.substring(0, signatureStart) + flipped + token.substring(signatureStart + 1);

    HttpResponse<String> response = call("platform-admin", "Bearer " + tampered);

    assertEquals(401, response.statusCode(), response.body());
  }

  @Test
  void tokenSignedWithUnpublishedKeyIsUnauthorized() throws Exception {
    ECKey foreignKey = new ECKeyGenerator(Curve.P_256).keyID("not-the-platforms-key").generate();
    SignedJWT genuine = SignedJWT.parse(Tokens.platformAdmin(Platform.get()));

    String forged = resign(genuine, foreignKey, foreignKey.getKeyID());
    HttpResponse<String> response = call("platform-admin", "Bearer " + forged);

    assertEquals(401, response.statusCode(), response.body());
  }

  @Test
  void tokenSignedWithUnpublishedKeyUnderPlatformKidIsUnauthorized() throws Exception {
    ECKey foreignKey = new ECKeyGenerator(Curve.P_256).generate();
    SignedJWT genuine = SignedJWT.parse(Tokens.platformAdmin(Platform.get()));

    // Claiming the platform's kid makes the consumer check the signature, not just the key id.
    String forged = resign(genuine, foreignKey, genuine.getHeader().getKeyID());
    HttpResponse<String> response = call("platform-admin", "Bearer " + forged);

    assertEquals(401, response.statusCode(), response.body());
  }

  /** The same header fields and claims as {@code genuine}, signed by {@code key}. */
  private static String resign(SignedJWT genuine, ECKey key, String kid)
      throws JOSEException, ParseException {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(kid).build();
    SignedJWT forged = new SignedJWT(header, genuine.getJWTClaimsSet());
    forged.sign(new ECDSASigner(key));
    return forged.serialize();
  }

  private HttpResponse<String> call(String endpoint, String authorization) {
    return Http.get(endpoint(endpoint), "Authorization", authorization);
  }

  private URI endpoint(String endpoint) {
    return URI.create(consumer.toExternalForm()).resolve("api/caller/" + endpoint);
  }
}
