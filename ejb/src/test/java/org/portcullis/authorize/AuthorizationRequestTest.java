package org.portcullis.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.client.ClientId;
import org.portcullis.client.Scope;

class AuthorizationRequestTest {

  @Test
  void aWaitingRequestIsStoredAndReadBackUnchanged() {
    var request =
        new AuthorizationRequest(
            new ClientId("app"),
            "http://127.0.0.1/cb?x=1",
            Scope.parse("openid email"),
            "st\"ate",
            "n<once>",
            "9yAw5CnZ3Bnto3_CXLRLp6dbisYrmtyvNoH3q-_M5Eo",
            Set.of("login", "consent"),
            Duration.ofSeconds(60),
            "ada",
            List.of("2", "1"),
            List.of("https://api.example/"));
    assertEquals(request, AuthorizationRequest.fromJson(request.toJson()));

    var minimal =
        new AuthorizationRequest(
            new ClientId("app"),
            "https://app.example/cb",
            Scope.parse("openid"),
            null,
            null,
            null,
            Set.of(),
            null,
            null,
            List.of(),
            List.of());
    assertEquals(minimal, AuthorizationRequest.fromJson(minimal.toJson()));
  }

  @Test
  void responseParametersAreAddedToTheRedirectUrisOwnQueryEncoded() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("code", "a+b/c");
    parameters.put("state", null);
    parameters.put("iss", "http://127.0.0.1:8080/t/acme");
    assertEquals(
        URI.create(
            "https://app.example/cb?x=1&code=a%2Bb%2Fc&iss=http%3A%2F%2F127.0.0.1%3A8080%2Ft%2Facme"),
        Authorizations.withQuery("https://app.example/cb?x=1", parameters));
    assertEquals(
        URI.create("https://app.example/cb?code=c"),
        Authorizations.withQuery("https://app.example/cb", Map.of("code", "c")));
  }
}
