package org.portcullis.client;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a client registers (RFC 7591 §2, OpenID Connect Registration, RFC 8707 resources, and the
 * platform's {@code access_token_lifetime} and {@code access_token_jwt_typ}), checked as a whole: a
 * record that exists can be registered.
 *
 * @param clientName shown on the consent screen; the client id when null
 * @param redirectUris where authorization responses go; required for {@code authorization_code}
 * @param postLogoutRedirectUris where RP-initiated logout may return to
 * @param grantTypes the grants it may use
 * @param authMethod how it authenticates at the token endpoint; {@code none} makes it public
 * @param scope the scope it may ask for
 * @param accessTokenLifetime 60 to 3600 seconds (contract); null for the tenant's default, which
 *     registration fills in ({@link #orAccessTokenLifetime})
 * @param accessTokenJwtTyp {@code JWT} (default, what MicroProfile JWT requires) or {@code at+jwt}
 * @param idTokenSigningAlgorithm {@code ES256} (default) or {@code RS256}
 * @param resources the RFC 8707 resource indicators it may ask tokens for (they become {@code aud})
 * @param firstParty whether the tenant trusts it without asking the user's consent
 * @param jwksUri where its public keys are, for {@code private_key_jwt}
 * @param jwks its public keys as a JWK Set document, for {@code private_key_jwt}
 * @param backchannelLogoutUri where logout tokens are posted (OpenID Back-Channel Logout)
 */
public record ClientMetadata(
    String clientName,
    List<RedirectUri> redirectUris,
    List<RedirectUri> postLogoutRedirectUris,
    Set<GrantType> grantTypes,
    AuthMethod authMethod,
    Scope scope,
    Duration accessTokenLifetime,
    String accessTokenJwtTyp,
    String idTokenSigningAlgorithm,
    List<URI> resources,
    boolean firstParty,
    String jwksUri,
    String jwks,
    String backchannelLogoutUri) {

  public static final Set<String> JWT_TYPES = Set.of("JWT", "at+jwt");
  public static final Set<String> SIGNING_ALGORITHMS = Set.of("ES256", "RS256");
  public static final int MAX_URIS = 20;

  /**
   * @throws InvalidClientMetadataException when the metadata may not be registered
   */
  public ClientMetadata {
    if (clientName != null && (clientName.isBlank() || clientName.length() > 255)) {
      throw new InvalidClientMetadataException("client_name is 1 to 255 characters");
    }
    redirectUris = List.copyOf(redirectUris);
    postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
    resources = List.copyOf(resources);
    if (redirectUris.size() > MAX_URIS
        || postLogoutRedirectUris.size() > MAX_URIS
        || resources.size() > MAX_URIS) {
      throw new InvalidClientMetadataException("At most 20 URIs of each kind");
    }
    grantTypes =
        grantTypes.isEmpty() ? EnumSet.noneOf(GrantType.class) : EnumSet.copyOf(grantTypes);
    if (grantTypes.isEmpty()) {
      throw new InvalidClientMetadataException("grant_types names at least one grant");
    }
    if (grantTypes.contains(GrantType.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
      throw InvalidClientMetadataException.redirectUri(
          "The authorization_code grant needs at least one redirect URI");
    }
    if (authMethod == AuthMethod.NONE && grantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
      throw new InvalidClientMetadataException(
          "A public client (token_endpoint_auth_method none) cannot use client_credentials");
    }
    if (grantTypes.equals(EnumSet.of(GrantType.REFRESH_TOKEN))) {
      throw new InvalidClientMetadataException("refresh_token needs a grant that issues one");
    }
    if (accessTokenLifetime != null
        && (accessTokenLifetime.compareTo(OAuthClient.MIN_ACCESS_TOKEN_LIFETIME) < 0
            || accessTokenLifetime.compareTo(OAuthClient.MAX_ACCESS_TOKEN_LIFETIME) > 0)) {
      throw new InvalidClientMetadataException("access_token_lifetime is 60 to 3600 seconds");
    }
    if (!JWT_TYPES.contains(accessTokenJwtTyp)) {
      throw new InvalidClientMetadataException("access_token_jwt_typ is JWT or at+jwt");
    }
    if (!SIGNING_ALGORITHMS.contains(idTokenSigningAlgorithm)) {
      throw new InvalidClientMetadataException("id_token_signed_response_alg is ES256 or RS256");
    }
    resources.forEach(ClientMetadata::requireResource);
    if (authMethod == AuthMethod.PRIVATE_KEY_JWT && (jwksUri == null) == (jwks == null)) {
      throw new InvalidClientMetadataException("private_key_jwt needs jwks_uri or jwks (one)");
    }
    if (jwksUri != null) {
      requireHttps(jwksUri, "jwks_uri");
    }
    if (jwks != null) {
      requirePublicKeys(jwks);
    }
    if (backchannelLogoutUri != null) {
      new RedirectUri(backchannelLogoutUri); // the same rules: https, or http on loopback
    }
  }

  /** This metadata with {@code lifetime} as its access token lifetime when it names none. */
  public ClientMetadata orAccessTokenLifetime(Duration lifetime) {
    if (accessTokenLifetime != null) {
      return this;
    }
    return new ClientMetadata(
        clientName,
        redirectUris,
        postLogoutRedirectUris,
        grantTypes,
        authMethod,
        scope,
        lifetime,
        accessTokenJwtTyp,
        idTokenSigningAlgorithm,
        resources,
        firstParty,
        jwksUri,
        jwks,
        backchannelLogoutUri);
  }

  /** Whether the client is public (RFC 6749 §2.1): it has no credentials. */
  public boolean isPublic() {
    return authMethod == AuthMethod.NONE;
  }

  private static void requireResource(URI resource) {
    // RFC 8707 §2: an absolute URI without a fragment.
    if (!resource.isAbsolute() || resource.getRawFragment() != null) {
      throw new InvalidClientMetadataException("A resource is an absolute URI without fragment");
    }
  }

  private static void requireHttps(String uri, String name) {
    try {
      URI parsed = new URI(uri);
      if (!"https".equalsIgnoreCase(parsed.getScheme()) || parsed.getHost() == null) {
        throw new InvalidClientMetadataException(name + " is an https URL");
      }
    } catch (URISyntaxException malformed) {
      throw new InvalidClientMetadataException(name + " is an https URL");
    }
  }

  private static void requirePublicKeys(String jwks) {
    try {
      JWKSet set = JWKSet.parse(jwks);
      if (set.getKeys().isEmpty() || set.getKeys().stream().anyMatch(k -> k.isPrivate())) {
        throw new InvalidClientMetadataException("jwks holds public keys only, at least one");
      }
    } catch (ParseException malformed) {
      throw new InvalidClientMetadataException("jwks is a JWK Set document");
    }
  }

  @Override
  public String toString() {
    return "ClientMetadata[grants=" + grantTypes + ", authMethod=" + authMethod + "]";
  }
}
