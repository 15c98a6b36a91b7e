package org.portcullis.web.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.client.AuthMethod;
import org.portcullis.client.ClientMetadata;
import org.portcullis.client.GrantType;
import org.portcullis.client.InvalidClientMetadataException;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.RedirectUri;
import org.portcullis.client.Scope;
import org.portcullis.platform.JsonFactory;

/**
 * Client metadata as JSON (RFC 7591 §2 names, plus the platform's {@code access_token_lifetime},
 * {@code access_token_jwt_typ}, {@code resources} and {@code first_party}). Unknown members are
 * ignored, as RFC 7591 §2 says; a known member of the wrong type is {@code
 * invalid_client_metadata}.
 */
final class ClientMetadataJson {

  private ClientMetadataJson() {}

  /** Reads a registration request; omitted values take RFC 7591's defaults. */
  static ClientMetadata read(JsonObject json) {
    Set<GrantType> grants = grants(json);
    requireResponseTypes(json, grants);
    AuthMethod method =
        string(json, "token_endpoint_auth_method")
            .map(
                value ->
                    AuthMethod.fromValue(value)
                        .orElseThrow(
                            () ->
                                new InvalidClientMetadataException(
                                    "token_endpoint_auth_method is client_secret_basic,"
                                        + " client_secret_post, private_key_jwt or none")))
            .orElse(AuthMethod.CLIENT_SECRET_BASIC);
    Scope scope;
    try {
      scope = string(json, "scope").map(Scope::parse).orElse(Scope.EMPTY);
    } catch (IllegalArgumentException malformed) {
      throw new InvalidClientMetadataException("scope is a space-separated list of scope tokens");
    }
    return new ClientMetadata(
        string(json, "client_name").orElse(null),
        strings(json, "redirect_uris").stream().map(RedirectUri::new).toList(),
        strings(json, "post_logout_redirect_uris").stream().map(RedirectUri::new).toList(),
        grants,
        method,
        scope,
        integer(json, "access_token_lifetime").map(Duration::ofSeconds).orElse(null),
        string(json, "access_token_jwt_typ").orElse("JWT"),
        string(json, "id_token_signed_response_alg").orElse("ES256"),
        strings(json, "resources").stream().map(ClientMetadataJson::uri).toList(),
        bool(json, "first_party"),
        string(json, "jwks_uri").orElse(null),
        jwks(json),
        string(json, "backchannel_logout_uri").orElse(null));
  }

  /** The metadata members of a client information response (RFC 7591 §3.2.1). */
  static JsonObjectBuilder write(OAuthClient client) {
    ClientMetadata metadata = client.metadata();
    JsonObjectBuilder json =
        JsonFactory.createObjectBuilder()
            .add("client_id", client.clientId().value())
            .add("client_id_issued_at", client.createdAt().toEpochSecond())
            .add("client_name", metadata.clientName())
            .add("redirect_uris", array(metadata.redirectUris().stream().map(RedirectUri::value)))
            .add(
                "post_logout_redirect_uris",
                array(metadata.postLogoutRedirectUris().stream().map(RedirectUri::value)))
            .add("grant_types", array(metadata.grantTypes().stream().map(GrantType::value)))
            .add(
                "response_types",
                metadata.grantTypes().contains(GrantType.AUTHORIZATION_CODE)
                    ? JsonFactory.createArrayBuilder().add("code")
                    : JsonFactory.createArrayBuilder())
            .add("token_endpoint_auth_method", metadata.authMethod().value())
            .add("scope", metadata.scope().format())
            .add("access_token_lifetime", metadata.accessTokenLifetime().toSeconds())
            .add("access_token_jwt_typ", metadata.accessTokenJwtTyp())
            .add("id_token_signed_response_alg", metadata.idTokenSigningAlgorithm())
            .add("resources", array(metadata.resources().stream().map(URI::toString)))
            .add("first_party", metadata.firstParty());
    if (metadata.authMethod().usesSecret()) {
      json.add("client_secret_expires_at", 0);
    }
    if (metadata.jwksUri() != null) {
      json.add("jwks_uri", metadata.jwksUri());
    }
    if (metadata.jwks() != null) {
      json.add(
          "jwks", JsonFactory.createReader(new java.io.StringReader(metadata.jwks())).readObject());
    }
    if (metadata.backchannelLogoutUri() != null) {
      json.add("backchannel_logout_uri", metadata.backchannelLogoutUri());
    }
    return json;
  }

  private static Set<GrantType> grants(JsonObject json) {
    if (!json.containsKey("grant_types")) {
      return EnumSet.of(GrantType.AUTHORIZATION_CODE); // RFC 7591 §2 default
    }
    Set<GrantType> grants = EnumSet.noneOf(GrantType.class);
    for (String value : strings(json, "grant_types")) {
      grants.add(
          GrantType.fromValue(value)
              .orElseThrow(
                  () ->
                      new InvalidClientMetadataException(
                          "grant_types are authorization_code, client_credentials and"
                              + " refresh_token (implicit and password are not offered)")));
    }
    return grants;
  }

  /** RFC 7591 §2.1: response_types agree with grant_types; only {@code code} exists here. */
  private static void requireResponseTypes(JsonObject json, Set<GrantType> grants) {
    if (!json.containsKey("response_types")) {
      return;
    }
    Set<String> types = Set.copyOf(strings(json, "response_types"));
    Set<String> expected =
        grants.contains(GrantType.AUTHORIZATION_CODE) ? Set.of("code") : Set.of();
    if (!types.equals(expected)) {
      throw new InvalidClientMetadataException(
          "response_types is [\"code\"] with authorization_code, and empty without it");
    }
  }

  private static java.util.Optional<String> string(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return java.util.Optional.empty();
    }
    if (value instanceof JsonString string) {
      return java.util.Optional.of(string.getString());
    }
    throw new InvalidClientMetadataException(name + " is a string");
  }

  private static List<String> strings(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonString)) {
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    throw new InvalidClientMetadataException(name + " is an array of strings");
  }

  private static java.util.Optional<Long> integer(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return java.util.Optional.empty();
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return java.util.Optional.of(number.longValue());
    }
    throw new InvalidClientMetadataException(name + " is an integer");
  }

  private static boolean bool(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return false;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new InvalidClientMetadataException(name + " is true or false");
  }

  private static String jwks(JsonObject json) {
    JsonValue value = json.get("jwks");
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonObject object) {
      return object.toString();
    }
    throw new InvalidClientMetadataException("jwks is a JWK Set object");
  }

  private static URI uri(String value) {
    try {
      return URI.create(value);
    } catch (IllegalArgumentException malformed) {
      throw new InvalidClientMetadataException("A resource is an absolute URI without fragment");
    }
  }

  private static JsonArrayBuilder array(java.util.stream.Stream<String> values) {
    JsonArrayBuilder array = JsonFactory.createArrayBuilder();
    values.collect(Collectors.toList()).forEach(array::add);
    return array;
  }
}
