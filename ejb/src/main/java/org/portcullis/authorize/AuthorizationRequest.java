package org.portcullis.authorize;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.client.ClientId;
import org.portcullis.client.Scope;
import org.portcullis.platform.JsonFactory;

/**
 * A validated authorization request (RFC 6749 §4.1.1, OpenID Connect Core §3.1.2.1): every value
 * has been checked against the client's registration, so what remains is the user's part.
 *
 * @param redirectUri as the request gave it (it matched a registered one)
 * @param state returned unchanged, or null
 * @param nonce for the ID token, or null
 * @param codeChallenge the PKCE S256 challenge, or null
 * @param prompt the {@code prompt} values ({@code none}, {@code login}, {@code consent})
 * @param maxAge the {@code max_age}, or null
 * @param loginHint the {@code login_hint}, or null
 * @param acrValues the requested levels, most preferred first
 * @param resources RFC 8707 resources, each registered for the client
 */
public record AuthorizationRequest(
    ClientId clientId,
    String redirectUri,
    Scope scope,
    String state,
    String nonce,
    String codeChallenge,
    Set<String> prompt,
    Duration maxAge,
    String loginHint,
    List<String> acrValues,
    List<String> resources) {

  public AuthorizationRequest {
    prompt = Set.copyOf(prompt);
    acrValues = List.copyOf(acrValues);
    resources = List.copyOf(resources);
  }

  public boolean prompts(String value) {
    return prompt.contains(value);
  }

  public Optional<Duration> maxAgeIfAny() {
    return Optional.ofNullable(maxAge);
  }

  /** The stored form of the request, while it waits for the user. */
  String toJson() {
    JsonObjectBuilder json =
        JsonFactory.createObjectBuilder()
            .add("client_id", clientId.value())
            .add("redirect_uri", redirectUri)
            .add("scope", scope.format())
            .add("prompt", array(List.copyOf(prompt)))
            .add("acr_values", array(acrValues))
            .add("resource", array(resources));
    optional(json, "state", state);
    optional(json, "nonce", nonce);
    optional(json, "code_challenge", codeChallenge);
    optional(json, "login_hint", loginHint);
    if (maxAge != null) {
      json.add("max_age", maxAge.toSeconds());
    }
    return json.build().toString();
  }

  static AuthorizationRequest fromJson(String stored) {
    JsonObject json = JsonFactory.createReader(new StringReader(stored)).readObject();
    return new AuthorizationRequest(
        new ClientId(json.getString("client_id")),
        json.getString("redirect_uri"),
        Scope.parse(json.getString("scope")),
        json.getString("state", null),
        json.getString("nonce", null),
        json.getString("code_challenge", null),
        Set.copyOf(strings(json, "prompt")),
        json.containsKey("max_age")
            ? Duration.ofSeconds(json.getJsonNumber("max_age").longValue())
            : null,
        json.getString("login_hint", null),
        strings(json, "acr_values"),
        strings(json, "resource"));
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = JsonFactory.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static List<String> strings(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Override
  public String toString() {
    return "AuthorizationRequest[client=" + clientId + ", scope=" + scope + "]";
  }
}
