package org.portcullis.web.discovery;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.portcullis.client.GrantType;
import org.portcullis.tenant.Issuer;

/**
 * The metadata of a tenant's authorization server (RFC 8414 §2, OpenID Connect Discovery 1.0 §3).
 * It lists only endpoints and features that exist.
 */
final class ProviderMetadata {

  private static final List<String> SECRET_AUTH_METHODS =
      List.of("client_secret_basic", "client_secret_post");

  private ProviderMetadata() {}

  static JsonObject of(Issuer issuer) {
    return Json.createObjectBuilder()
        .add("issuer", issuer.value())
        .add("token_endpoint", issuer.endpoint("token"))
        .add("jwks_uri", issuer.endpoint("jwks"))
        .add("registration_endpoint", issuer.endpoint("register"))
        // RFC 7009 and RFC 7662, with the same client authentication as the token endpoint.
        .add("revocation_endpoint", issuer.endpoint("revoke"))
        .add("revocation_endpoint_auth_methods_supported", array(SECRET_AUTH_METHODS))
        .add("introspection_endpoint", issuer.endpoint("introspect"))
        .add("introspection_endpoint_auth_methods_supported", array(SECRET_AUTH_METHODS))
        .add("grant_types_supported", array(grantTypes()))
        .add("token_endpoint_auth_methods_supported", array(SECRET_AUTH_METHODS))
        // No authorization endpoint yet, so no response type is supported.
        .add("response_types_supported", Json.createArrayBuilder())
        .add("subject_types_supported", array(List.of("public")))
        .add("id_token_signing_alg_values_supported", array(List.of("ES256")))
        .build();
  }

  /** The grants the token endpoint serves (clients may register others ahead of them). */
  private static List<String> grantTypes() {
    return List.of(GrantType.CLIENT_CREDENTIALS.value());
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
