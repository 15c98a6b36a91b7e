package org.portcullis.web.discovery;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.portcullis.authorize.Authorizations;
import org.portcullis.client.GrantType;
import org.portcullis.platform.JsonFactory;
import org.portcullis.tenant.Issuer;
import org.portcullis.token.UserInfoClaims;

/**
 * The metadata of a tenant's authorization server (RFC 8414 §2, OpenID Connect Discovery 1.0 §3).
 * It lists only endpoints and features that exist.
 */
final class ProviderMetadata {

  private static final List<String> CONFIDENTIAL_AUTH_METHODS =
      List.of("client_secret_basic", "client_secret_post", "private_key_jwt");

  private static final List<String> TOKEN_AUTH_METHODS =
      List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "none");

  private static final List<String> SCOPES =
      List.of("openid", "profile", "email", "offline_access", UserInfoClaims.ROLES);

  private static final List<String> CLAIMS =
      List.of(
          "iss",
          "sub",
          "aud",
          "exp",
          "iat",
          "auth_time",
          "nonce",
          "acr",
          "amr",
          "azp",
          "sid",
          "name",
          "given_name",
          "family_name",
          "preferred_username",
          "updated_at",
          "email",
          "email_verified",
          UserInfoClaims.ROLES,
          "upn",
          "groups");

  private ProviderMetadata() {}

  static JsonObject of(Issuer issuer) {
    return JsonFactory.createObjectBuilder()
        .add("issuer", issuer.value())
        .add("authorization_endpoint", issuer.endpoint("authorize"))
        .add("token_endpoint", issuer.endpoint("token"))
        .add("userinfo_endpoint", issuer.endpoint("userinfo"))
        .add("jwks_uri", issuer.endpoint("jwks"))
        .add("registration_endpoint", issuer.endpoint("register"))
        .add("end_session_endpoint", issuer.endpoint("logout"))
        // RFC 7009 and RFC 7662, with the same client authentication as the token endpoint.
        .add("revocation_endpoint", issuer.endpoint("revoke"))
        .add("revocation_endpoint_auth_methods_supported", array(CONFIDENTIAL_AUTH_METHODS))
        .add("introspection_endpoint", issuer.endpoint("introspect"))
        .add("introspection_endpoint_auth_methods_supported", array(CONFIDENTIAL_AUTH_METHODS))
        .add("grant_types_supported", array(grantTypes()))
        .add("token_endpoint_auth_methods_supported", array(TOKEN_AUTH_METHODS))
        .add(
            "token_endpoint_auth_signing_alg_values_supported",
            array(List.of("RS256", "PS256", "ES256")))
        .add("response_types_supported", array(List.of("code")))
        .add("response_modes_supported", array(List.of("query")))
        .add("code_challenge_methods_supported", array(List.of("S256")))
        .add("scopes_supported", array(SCOPES))
        .add("claims_supported", array(CLAIMS))
        .add("prompt_values_supported", array(List.of("none", "login", "consent")))
        .add(
            "acr_values_supported",
            array(List.of(Authorizations.ACR_PASSWORD, Authorizations.ACR_MFA)))
        .add("subject_types_supported", array(List.of("public")))
        .add("id_token_signing_alg_values_supported", array(List.of("ES256", "RS256")))
        // RFC 9207: the authorization response names its issuer.
        .add("authorization_response_iss_parameter_supported", true)
        .add("request_parameter_supported", false)
        .add("request_uri_parameter_supported", false)
        .add("claims_parameter_supported", false)
        .add("backchannel_logout_supported", true)
        .add("backchannel_logout_session_supported", true)
        .build();
  }

  /** The grants the token endpoint serves (the implicit and password grants are not offered). */
  private static List<String> grantTypes() {
    return java.util.Arrays.stream(GrantType.values()).map(GrantType::value).toList();
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = JsonFactory.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
