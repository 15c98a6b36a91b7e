package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.platform.OAuthError;

class ClientMetadataTest {

  private static final List<RedirectUri> CALLBACK =
      List.of(new RedirectUri("https://a.example/cb"));

  @Test
  void aWebAppAndAServiceAreValid() {
    assertDoesNotThrow(
        () ->
            metadata(
                CALLBACK,
                EnumSet.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                AuthMethod.CLIENT_SECRET_BASIC,
                300,
                "JWT",
                "ES256",
                List.of(),
                null));
    assertDoesNotThrow(
        () ->
            metadata(
                List.of(),
                EnumSet.of(GrantType.CLIENT_CREDENTIALS),
                AuthMethod.CLIENT_SECRET_POST,
                3600,
                "at+jwt",
                "RS256",
                List.of(URI.create("https://api.example")),
                null));
  }

  @Test
  void theRulesOfRegistration() {
    assertEquals(
        OAuthError.INVALID_REDIRECT_URI,
        refused(
            List.of(),
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.NONE,
            300,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            List.of(),
            EnumSet.of(GrantType.CLIENT_CREDENTIALS),
            AuthMethod.NONE,
            300,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.noneOf(GrantType.class),
            AuthMethod.NONE,
            300,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.REFRESH_TOKEN),
            AuthMethod.NONE,
            300,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.NONE,
            59,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.NONE,
            3601,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.NONE,
            300,
            "jwt",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.NONE,
            300,
            "JWT",
            "HS256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.NONE,
            300,
            "JWT",
            "ES256",
            List.of(URI.create("api")),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.PRIVATE_KEY_JWT,
            300,
            "JWT",
            "ES256",
            List.of(),
            null));
    assertEquals(
        OAuthError.INVALID_CLIENT_METADATA,
        refused(
            CALLBACK,
            EnumSet.of(GrantType.AUTHORIZATION_CODE),
            AuthMethod.PRIVATE_KEY_JWT,
            300,
            "JWT",
            "ES256",
            List.of(),
            "{\"keys\":[]}"));
  }

  private static OAuthError refused(
      List<RedirectUri> uris,
      Set<GrantType> grants,
      AuthMethod method,
      long lifetime,
      String typ,
      String alg,
      List<URI> resources,
      String jwks) {
    return assertThrows(
            InvalidClientMetadataException.class,
            () -> metadata(uris, grants, method, lifetime, typ, alg, resources, jwks))
        .error();
  }

  private static ClientMetadata metadata(
      List<RedirectUri> uris,
      Set<GrantType> grants,
      AuthMethod method,
      long lifetime,
      String typ,
      String alg,
      List<URI> resources,
      String jwks) {
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
