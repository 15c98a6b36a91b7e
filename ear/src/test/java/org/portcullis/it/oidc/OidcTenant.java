package org.portcullis.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.Http;
import org.portcullis.it.Platform;
import org.portcullis.it.Tenants;
import org.portcullis.it.Tokens;
import org.portcullis.it.browser.Browser;

/**
 * A fresh tenant for OpenID Connect tests, reached the way a relying party reaches it: through
 * discovery (Nimbus reads the metadata). Users come through SCIM, clients through dynamic
 * registration, both with a platform admin's token.
 */
public final class OidcTenant {

  public static final String PASSWORD = "correct horse battery staple";

  public final Platform platform;
  public final String tenant;
  public final String issuer;
  public final OIDCProviderMetadata metadata;
  private final String admin;

  /** A new tenant of the shared platform named {@code prefix} and a random suffix. */
  public OidcTenant(String prefix) {
    this(Platform.get(), prefix, true);
  }

  /** A new tenant of {@code platform} named {@code prefix} and a random suffix. */
  public OidcTenant(Platform platform, String prefix) {
    this(platform, prefix, true);
  }

  /** An existing tenant, such as {@code system}. */
  public static OidcTenant existing(String tenant) {
    return new OidcTenant(Platform.get(), tenant, false);
  }

  private OidcTenant(Platform platform, String name, boolean create) {
    this.platform = platform;
    this.admin = "Bearer " + Tokens.platformAdmin(platform);
    this.tenant = create ? Tenants.create(platform, admin, name) : name;
    this.issuer = platform.issuer(tenant);
    try {
      this.metadata = OIDCProviderMetadata.resolve(new com.nimbusds.oauth2.sdk.id.Issuer(issuer));
    } catch (Exception e) {
      throw new AssertionError("Discovery failed", e);
    }
  }

  /** A user with {@link #PASSWORD} and the role {@code reader}; returns its id. */
  public String user(String userName) {
    return user(userName, "reader");
  }

  /** A user with {@link #PASSWORD} and {@code role}; returns its id. */
  public String user(String userName, String role) {
    var created =
        Http.postJson(
            URI.create(issuer + "/scim/v2/Users"),
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"name\":{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"},"
                + "\"emails\":[{\"value\":\""
                + userName
                + "@example.org\",\"primary\":true}],\"roles\":[{\"value\":\""
                + role
                + "\"}]}",
            "Authorization",
            admin);
    assertEquals(201, created.statusCode(), created.body());
    return (String) Http.json(created).get("id");
  }

  /** Changes a user through SCIM PATCH, e.g. {@code active}. */
  public void patchUser(String id, String operation) {
    var patched =
        Http.send(
            "PATCH",
            URI.create(issuer + "/scim/v2/Users/" + id),
            "application/scim+json",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + operation
                + "]}",
            "Authorization",
            admin);
    assertEquals(200, patched.statusCode(), patched.body());
  }

  /** How many audit events of {@code action} the tenant's trail holds. */
  public long auditCount(String action) {
    var page =
        Http.get(
            URI.create(issuer + "/admin/audit?limit=1&action=" + action), "Authorization", admin);
    assertEquals(200, page.statusCode(), page.body());
    return ((Number) Http.json(page).get("total")).longValue();
  }

  /** A registered client: its id and (confidential clients) secret. */
  public record Client(ClientID id, Secret secret, URI redirectUri) {

    public ClientAuthentication basic() {
      return new ClientSecretBasic(id, secret);
    }
  }

  /**
   * Registers a client for the code flow with refresh tokens.
   *
   * @param extra more metadata members, e.g. {@code "first_party":true}; may be empty
   */
  public Client client(String redirectUri, String authMethod, String extra) {
    String json =
        "{\"client_name\":\"App "
            + UUID.randomUUID().toString().substring(0, 4)
            + "\",\"redirect_uris\":[\""
            + redirectUri
            + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
            + "\"token_endpoint_auth_method\":\""
            + authMethod
            + "\",\"scope\":\"openid profile email offline_access roles\""
            + (extra.isEmpty() ? "" : "," + extra)
            + "}";
    var registered = Http.postJson(URI.create(issuer + "/register"), json, "Authorization", admin);
    assertEquals(201, registered.statusCode(), registered.body());
    Map<String, Object> client = Http.json(registered);
    Object secret = client.get("client_secret");
    return new Client(
        new ClientID((String) client.get("client_id")),
        secret == null ? null : new Secret((String) secret),
        URI.create(redirectUri));
  }

  /** A first-party confidential client (no consent). */
  public Client firstParty() {
    return client("http://127.0.0.1:9/cb", "client_secret_basic", "\"first_party\":true");
  }

  /** An authentication request with state, nonce and PKCE S256. */
  public static AuthenticationRequest.Builder request(
      OidcTenant op, Client client, String scope, CodeVerifier verifier) {
    return new AuthenticationRequest.Builder(
            new ResponseType("code"), Scope.parse(scope), client.id(), client.redirectUri())
        .endpointURI(op.metadata.getAuthorizationEndpointURI())
        .state(new State())
        .nonce(new Nonce())
        .codeChallenge(verifier, CodeChallengeMethod.S256);
  }

  /** Redeems a code with Nimbus. */
  public TokenResponse redeem(Client client, AuthorizationCode code, CodeVerifier verifier) {
    try {
      var grant = new AuthorizationCodeGrant(code, client.redirectUri(), verifier);
      TokenRequest request =
          client.secret() == null
              ? new TokenRequest(metadata.getTokenEndpointURI(), client.id(), grant)
              : new TokenRequest(metadata.getTokenEndpointURI(), client.basic(), grant);
      return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The error of a refused token request. */
  public static String error(TokenResponse response) {
    return ((TokenErrorResponse) response).getErrorObject().getCode();
  }

  /**
   * The ID token of the sign-in the browser just finished: waits for the redirect to {@code rp},
   * then redeems the code for {@code app} with {@code verifier}.
   */
  public JWTClaimsSet idTokenAfterSignIn(
      Browser browser, RelyingPartyServer rp, Client app, CodeVerifier verifier) throws Exception {
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(ExpectedConditions.urlContains(rp.redirectUri().toString()));
    var response = AuthenticationResponseParser.parse(URI.create(browser.driver().getCurrentUrl()));
    var tokens =
        (OIDCTokenResponse)
            redeem(app, response.toSuccessResponse().getAuthorizationCode(), verifier);
    return tokens.getOIDCTokens().getIDToken().getJWTClaimsSet();
  }
}
