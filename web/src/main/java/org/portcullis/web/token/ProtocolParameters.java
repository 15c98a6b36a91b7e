package org.portcullis.web.token;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.token.TokenRequest;

/** The parameters of a client-authenticated form request, without the client's credentials. */
final class ProtocolParameters {

  private static final java.util.Set<String> CREDENTIALS =
      java.util.Set.of("client_id", "client_secret", "client_assertion", "client_assertion_type");

  private ProtocolParameters() {}

  static TokenRequest of(MultivaluedMap<String, String> form) {
    Map<String, List<String>> parameters =
        form.entrySet().stream()
            .filter(e -> !CREDENTIALS.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new TokenRequest(parameters);
  }
}
