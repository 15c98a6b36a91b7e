package org.portcullis.web.token;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.token.TokenRequest;

/** The parameters of a client-authenticated form request, without the client's credentials. */
final class ProtocolParameters {

  private ProtocolParameters() {}

  static TokenRequest of(MultivaluedMap<String, String> form) {
    Map<String, List<String>> parameters =
        form.entrySet().stream()
            .filter(e -> !e.getKey().equals("client_id") && !e.getKey().equals("client_secret"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new TokenRequest(parameters);
  }
}
