package org.portcullis.token;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;

/**
 * The parameters of a token request (RFC 6749 §3.2), without the client's credentials. Each
 * parameter may appear once, except {@code resource} (RFC 8707 §2).
 */
public record TokenRequest(Map<String, List<String>> parameters) {

  public TokenRequest {
    parameters = Map.copyOf(parameters);
  }

  /**
   * A parameter that may appear at most once; an empty value counts as absent (RFC 6749 §3.1).
   *
   * @throws OAuthException {@code invalid_request} when it appears more than once
   */
  public Optional<String> single(String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "Parameter " + name + " is repeated");
    }
    return values.stream().filter(v -> !v.isEmpty()).findFirst();
  }

  /** Every value of a parameter that may repeat. */
  public List<String> all(String name) {
    return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
  }
}
