package org.portcullis.web.token;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.platform.JsonFactory;
import org.portcullis.tenant.TenantId;
import org.portcullis.token.ActiveAccessToken;
import org.portcullis.token.TokenIntrospection;
import org.portcullis.web.platform.PublicBaseUrl;

/** A tenant's introspection endpoint (RFC 7662). Every answer is {@code no-store}. */
@Path("t/{tenant}/introspect")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class IntrospectionResource {

  @Inject private TokenIntrospection introspection;

  @Inject private PublicBaseUrl baseUrl;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Token introspection (RFC 7662): token, optional token_type_hint",
      description =
          "For confidential clients (client_secret_basic or client_secret_post). An active access"
              + " token answers active, scope, client_id, username, token_type, exp, iat, sub,"
              + " aud, iss and jti; anything else (invalid, expired, revoked, another tenant's)"
              + " answers {\"active\":false}.")
  @APIResponse(responseCode = "200", description = "The token's state (RFC 7662 §2.2)")
  @APIResponse(responseCode = "400", description = "invalid_request: no token (RFC 6749 §5.2)")
  @APIResponse(responseCode = "401", description = "invalid_client, or a public client")
  @APIResponse(responseCode = "429", description = "Too many failed client authentications")
  public Response introspect(
      @PathParam("tenant") String tenant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    var credentials = ClientAuthenticationReader.read(authorization, form);
    JsonObject body =
        introspection
            .introspect(
                baseUrl.issuerOf(new TenantId(tenant)), credentials, ProtocolParameters.of(form))
            .map(IntrospectionResource::active)
            .orElseGet(() -> JsonFactory.createObjectBuilder().add("active", false).build());
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  /** RFC 7662 §2.2: the members of an active token. */
  static JsonObject active(ActiveAccessToken token) {
    JsonObjectBuilder body =
        JsonFactory.createObjectBuilder()
            .add("active", true)
            .add("scope", token.scope().format())
            .add("client_id", token.clientId())
            .add("token_type", token.tokenType())
            .add("exp", token.expiresAt().getEpochSecond())
            .add("iat", token.issuedAt().getEpochSecond())
            .add("sub", token.subject())
            .add("iss", token.issuer())
            .add("jti", token.jwtId());
    token.username().ifPresent(username -> body.add("username", username));
    if (token.audience().size() == 1) {
      body.add("aud", token.audience().get(0));
    } else {
      JsonArrayBuilder audience = JsonFactory.createArrayBuilder();
      token.audience().forEach(audience::add);
      body.add("aud", audience);
    }
    return body.build();
  }
}
