package org.portcullis.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.token.Pkce;

/**
 * Validates authorization requests against the client's registration, in the order RFC 6749
 * §4.1.2.1 demands: first the client and the redirect URI, whose errors are shown to the user
 * ({@link UnsafeAuthorizationRequestException}), then everything else, whose errors go back to the
 * client ({@link AuthorizationError}).
 */
@ApplicationScoped
public class AuthorizationRequests {

  static final int MAX_VALUE = 2000;

  private static final Set<String> PROMPTS = Set.of("none", "login", "consent");

  @Inject private ClientRegistry clients;

  /** The client and the validated request. */
  public record Validated(OAuthClient client, AuthorizationRequest request) {}

  /**
   * @param parameters the query (GET) or form (POST) parameters
   * @throws UnsafeAuthorizationRequestException when the client or redirect URI is wrong
   * @throws AuthorizationError for every other error
   */
  public Validated validate(Map<String, List<String>> parameters) {
    Parameters p = new Parameters(parameters);
    String clientIdValue =
        p.unsafeSingle("client_id")
            .orElseThrow(
                () -> new UnsafeAuthorizationRequestException("The request names no client."));
    OAuthClient client =
        Optional.of(clientIdValue)
            .filter(ClientId::isValid)
            .flatMap(id -> clients.find(new ClientId(id)))
            .orElseThrow(() -> new UnsafeAuthorizationRequestException("The client is not known."));
    String redirectUri =
        p.unsafeSingle("redirect_uri")
            .orElseThrow(
                () -> new UnsafeAuthorizationRequestException("The request has no redirect URI."));
    // Exact match (RFC 9700 §2.1), port-agnostic for loopback (RFC 8252 §7.3).
    if (client.metadata().redirectUris().stream().noneMatch(r -> r.matches(redirectUri))) {
      throw new UnsafeAuthorizationRequestException(
          "The redirect URI is not registered for this client.");
    }
    String state = p.single("state", redirectUri, null).orElse(null);
    Errors errors = new Errors(redirectUri, state);
    p.errors = errors;
    if (p.single("request").isPresent()) {
      throw errors.of("request_not_supported", "Request objects are not supported");
    }
    if (p.single("request_uri").isPresent()) {
      throw errors.of("request_uri_not_supported", "request_uri is not supported");
    }
    String responseType =
        p.single("response_type").orElseThrow(() -> errors.invalid("response_type is missing"));
    if (!responseType.equals("code")) {
      throw errors.of("unsupported_response_type", "Only the code response type is offered");
    }
    if (!client.allows(GrantType.AUTHORIZATION_CODE)) {
      throw errors.of("unauthorized_client", "The client may not use the authorization code grant");
    }
    p.single("response_mode")
        .filter(mode -> !mode.equals("query"))
        .ifPresent(
            mode -> {
              throw errors.invalid("Only the query response mode is offered");
            });
    return new Validated(
        client,
        new AuthorizationRequest(
            client.clientId(),
            redirectUri,
            scope(client, p, errors),
            state,
            p.single("nonce").orElse(null),
            codeChallenge(client, p, errors),
            prompt(p, errors),
            maxAge(p, errors),
            p.single("login_hint").orElse(null),
            p.single("acr_values").map(v -> List.of(v.strip().split(" +"))).orElse(List.of()),
            resources(client, p, errors)));
  }

  private static Scope scope(OAuthClient client, Parameters p, Errors errors) {
    String value =
        p.single("scope").orElseThrow(() -> errors.of("invalid_scope", "scope is required"));
    Scope scope;
    try {
      scope = Scope.parse(value);
    } catch (IllegalArgumentException malformed) {
      throw errors.of("invalid_scope", "The scope is malformed");
    }
    if (!scope.isSubsetOf(client.registeredScope())) {
      throw errors.of("invalid_scope", "The client is not registered for the requested scope");
    }
    return scope;
  }

  /** RFC 7636, RFC 9700 §2.1.1: S256 only; required of public clients. */
  private static String codeChallenge(OAuthClient client, Parameters p, Errors errors) {
    Optional<String> challenge = p.single("code_challenge");
    String method =
        p.single("code_challenge_method").orElse(challenge.isPresent() ? "plain" : null);
    if (challenge.isEmpty()) {
      if (method != null) {
        throw errors.invalid("code_challenge_method without code_challenge");
      }
      if (!client.isConfidential()) {
        throw errors.invalid("A public client must use PKCE (code_challenge with S256)");
      }
      return null;
    }
    if (!Pkce.S256.equals(method)) {
      throw errors.invalid("code_challenge_method must be S256; plain is not accepted");
    }
    if (!Pkce.isChallenge(challenge.get())) {
      throw errors.invalid("code_challenge is not an S256 challenge");
    }
    return challenge.get();
  }

  private static Set<String> prompt(Parameters p, Errors errors) {
    Set<String> values =
        p.single("prompt").map(v -> Set.of(v.strip().split(" +"))).orElse(Set.of());
    if (!PROMPTS.containsAll(values)) {
      throw errors.invalid("prompt may be none, login or consent");
    }
    // OpenID Connect Core §3.1.2.1: none with any other value is an error.
    if (values.contains("none") && values.size() > 1) {
      throw errors.invalid("prompt=none cannot be combined with other values");
    }
    return values;
  }

  private static Duration maxAge(Parameters p, Errors errors) {
    Optional<String> value = p.single("max_age");
    if (value.isEmpty()) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.get());
      if (seconds < 0) {
        throw errors.invalid("max_age is a number of seconds");
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException malformed) {
      throw errors.invalid("max_age is a number of seconds");
    }
  }

  /** RFC 8707 §2: absolute URIs without fragment, each registered for the client. */
  private static List<String> resources(OAuthClient client, Parameters p, Errors errors) {
    List<String> requested = p.all("resource");
    List<String> registered = client.metadata().resources().stream().map(URI::toString).toList();
    for (String resource : requested) {
      if (!registered.contains(resource)) {
        throw errors.of("invalid_target", "The resource is not registered for this client");
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(requested));
  }

  /** The redirectable errors of one request. */
  private record Errors(String redirectUri, String state) {

    AuthorizationError of(String code, String description) {
      return new AuthorizationError(code, description, redirectUri, state);
    }

    AuthorizationError invalid(String description) {
      return of("invalid_request", description);
    }
  }

  /** The request's parameters; each may appear once (RFC 6749 §3.1), except {@code resource}. */
  private static final class Parameters {

    private final Map<String, List<String>> values;
    private Errors errors;

    Parameters(Map<String, List<String>> values) {
      this.values = values;
    }

    Optional<String> unsafeSingle(String name) {
      List<String> found = values.getOrDefault(name, List.of());
      if (found.size() > 1) {
        throw new UnsafeAuthorizationRequestException("The request repeats " + name + ".");
      }
      return found.stream().filter(v -> !v.isEmpty()).findFirst();
    }

    Optional<String> single(String name) {
      return single(name, errors.redirectUri(), errors.state());
    }

    Optional<String> single(String name, String redirectUri, String state) {
      List<String> found = values.getOrDefault(name, List.of());
      if (found.size() > 1) {
        throw new AuthorizationError(
            "invalid_request", "Parameter " + name + " is repeated", redirectUri, state);
      }
      Optional<String> value = found.stream().filter(v -> !v.isEmpty()).findFirst();
      if (value.map(String::length).orElse(0) > MAX_VALUE) {
        throw new AuthorizationError(
            "invalid_request", "Parameter " + name + " is too long", redirectUri, state);
      }
      return value;
    }

    List<String> all(String name) {
      Set<String> seen = new HashSet<>();
      return values.getOrDefault(name, List.of()).stream()
          .filter(v -> !v.isEmpty())
          .filter(seen::add)
          .toList();
    }
  }
}
