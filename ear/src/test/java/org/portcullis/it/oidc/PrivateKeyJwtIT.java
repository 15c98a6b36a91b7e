package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.it.Http;

/**
 * {@code private_key_jwt} client authentication (RFC 7523) with assertions the Nimbus SDK signs: a
 * key of the registered {@code jwks}, the tenant as audience, and each assertion once.
 */
class PrivateKeyJwtIT {

  private final OidcTenant op = new OidcTenant("pkj-");

  @Test
  void aClientSignedAssertionAuthenticatesOnceAtItsTenant() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
    ClientID id = register(key, "\"grant_types\":[\"client_credentials\"]");

    PrivateKeyJWT assertion =
        new PrivateKeyJWT(
            id,
            op.metadata.getTokenEndpointURI(),
            JWSAlgorithm.RS256,
            key.toPrivateKey(),
            "k1",
            null);
    assertTrue(token(assertion).indicatesSuccess(), "a valid assertion authenticates");
    assertEquals("invalid_client", error(token(assertion)), "RFC 7523 §3: once only");

    RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
    assertEquals(
        "invalid_client",
        error(
            token(
                new PrivateKeyJWT(
                    id,
                    op.metadata.getTokenEndpointURI(),
                    JWSAlgorithm.RS256,
                    other.toPrivateKey(),
                    "k1",
                    null))),
        "a key the client did not register");

    var elsewhere = new OidcTenant("pkj-");
    assertEquals(
        "invalid_client",
        error(
            token(
                new PrivateKeyJWT(
                    id,
                    elsewhere.metadata.getTokenEndpointURI(),
                    JWSAlgorithm.RS256,
                    key.toPrivateKey(),
                    "k1",
                    null))),
        "an assertion for another tenant's endpoint");
  }

  @Test
  void aPrivateKeyJwtClientRedeemsACode() throws Exception {
    op.user("ursula");
    RSAKey key = new RSAKeyGenerator(2048).keyID("k2").generate();
    ClientID id =
        register(
            key,
            "\"grant_types\":[\"authorization_code\"],\"first_party\":true,"
                + "\"redirect_uris\":[\"http://127.0.0.1:9/cb\"],\"scope\":\"openid\"");
    var client = new OidcTenant.Client(id, null, URI.create("http://127.0.0.1:9/cb"));
    var verifier = new CodeVerifier();
    var browser = new UserAgent();
    var request = OidcTenant.request(op, client, "openid", verifier).build();
    HttpResponse<String> page = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> back =
        browser.submit(page, Map.of("username", "ursula", "password", OidcTenant.PASSWORD));
    var code =
        AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)))
            .toSuccessResponse()
            .getAuthorizationCode();
    var tokens =
        OIDCTokenResponseParser.parse(
            new TokenRequest(
                    op.metadata.getTokenEndpointURI(),
                    new PrivateKeyJWT(
                        id,
                        op.metadata.getTokenEndpointURI(),
                        JWSAlgorithm.RS256,
                        key.toPrivateKey(),
                        "k2",
                        null),
                    new com.nimbusds.oauth2.sdk.AuthorizationCodeGrant(
                        code, client.redirectUri(), verifier))
                .toHTTPRequest()
                .send());
    assertTrue(tokens.indicatesSuccess(), tokens.toString());
  }

  private ClientID register(RSAKey key, String more) {
    String json =
        "{\"client_name\":\"Signed\",\"token_endpoint_auth_method\":\"private_key_jwt\","
            + "\"jwks\":{\"keys\":["
            + key.toPublicJWK().toJSONString()
            + "]},"
            + more
            + "}";
    var registered =
        Http.postJson(
            URI.create(op.issuer + "/register"),
            json,
            "Authorization",
            "Bearer " + org.portcullis.it.Tokens.platformAdmin(op.platform));
    assertEquals(201, registered.statusCode(), registered.body());
    assertTrue(Http.json(registered).get("client_secret") == null, "no secret to show");
    return new ClientID((String) Http.json(registered).get("client_id"));
  }

  private TokenResponse token(ClientAuthentication authentication) throws Exception {
    return TokenResponse.parse(
        new TokenRequest(
                op.metadata.getTokenEndpointURI(), authentication, new ClientCredentialsGrant())
            .toHTTPRequest()
            .send());
  }

  private static String error(TokenResponse response) {
    return ((TokenErrorResponse) response).getErrorObject().getCode();
  }
}
