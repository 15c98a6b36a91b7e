package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.portcullis.platform.OAuthError;

class ClientMetadataTest {

  /** A valid web app's metadata, to change one value at a time. */
  private record Draft(
      List<RedirectUri> uris,
      Set<GrantType> grants,
      AuthMethod method,
      long lifetime,
      String typ,
      String alg,
      List<URI> resources,
      String jwks) {

    static Draft webApp() {
      return new Draft(
          List.of(new RedirectUri("https://a.example/cb")),
          EnumSet.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
          AuthMethod.CLIENT_SECRET_BASIC,
          300,
          "JWT",
          "ES256",
          List.of(),
          null);
    }

    ClientMetadata build() {
      return new ClientMetadata(
          "App",
          uris,
          List.of(),
          grants,
          method,
          Scope.parse("openid"),
          Duration.ofSeconds(lifetime),
          typ,
          alg,
          resources,
          false,
          null,
          jwks,
          null);
    }
  }

  @Test
  void aWebAppAndAServiceAreValid() {
    assertDoesNotThrow(() -> Draft.webApp().build());
    Draft service =
        new Draft(
            List.of(),
            EnumSet.of(GrantType.CLIENT_CREDENTIALS),
            AuthMethod.CLIENT_SECRET_POST,
            3600,
            "at+jwt",
            "RS256",
            List.of(URI.create("https://api.example")),
            null);
    assertDoesNotThrow(service::build);
  }

  @Test
  void theAuthorizationCodeGrantNeedsARedirectUri() {
    assertEquals(
        OAuthError.INVALID_REDIRECT_URI,
        refused(
            d -> new Draft(List.of(), d.grants, d.method, 300, "JWT", "ES256", List.of(), null)));
  }

  @Test
  void theRulesOfRegistration() {
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(d -> withGrants(d, EnumSet.of(GrantType.CLIENT_CREDENTIALS), AuthMethod.NONE)));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(d -> withGrants(d, EnumSet.noneOf(GrantType.class), d.method)));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(d -> withGrants(d, EnumSet.of(GrantType.REFRESH_TOKEN), d.method)));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(d -> withGrants(d, d.grants, AuthMethod.PRIVATE_KEY_JWT)));
    for (long lifetime : new long[] {59, 3601}) {
      assertEquals(
          OAuthError.INVALID_CLIENT_METADATA,
          refused(
              d ->
                  new Draft(
                      d.uris, d.grants, d.method, lifetime, d.typ, d.alg, d.resources, d.jwks)));
    }
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            d ->
                new Draft(
                    d.uris, d.grants, d.method, d.lifetime, "jwt", d.alg, d.resources, d.jwks)));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            d ->
                new Draft(
                    d.uris, d.grants, d.method, d.lifetime, d.typ, "HS256", d.resources, d.jwks)));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            d ->
                new Draft(
                    d.uris,
                    d.grants,
                    d.method,
                    d.lifetime,
                    d.typ,
                    d.alg,
                    List.of(URI.create("api")),
                    d.jwks)));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            d ->
                new Draft(
                    d.uris,
                    d.grants,
                    AuthMethod.PRIVATE_KEY_JWT,
                    d.lifetime,
                    d.typ,
                    d.alg,
                    d.resources,
                    "{\"keys\":[]}")));
  }

  private static Draft withGrants(Draft d, Set<GrantType> grants, AuthMethod method) {
    return new Draft(d.uris, grants, method, d.lifetime, d.typ, d.alg, d.resources, d.jwks);
  }

  private static OAuthError refused(UnaryOperator<Draft> change) {
    Draft draft = change.apply(Draft.webApp());
    return assertThrows(InvalidClientMetadataException.class, draft::build).error();
  }
}
