package org.portcullis.web.token;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.portcullis.token.TokenResponse;
import org.portcullis.token.TokenService;
import org.portcullis.web.platform.PublicBaseUrl;

/** A tenant's token endpoint. Every answer, success or error, is {@code no-store}. */
@Path("t/{tenant}/token")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class TokenResource {

  @Inject private TokenService tokens;

  @Inject private PublicBaseUrl baseUrl;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Token endpoint (RFC 6749 §3.2): authorization_code with PKCE, refresh_token,"
              + " client_credentials")
  @APIResponse(responseCode = "200", description = "An access token (RFC 6749 §5.1)")
  @APIResponse(responseCode = "400", description = "An OAuth error (RFC 6749 §5.2)")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response token(
      @PathParam("tenant") String tenant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    var credentials = ClientAuthenticationReader.read(authorization, form);
    TokenResponse issued =
        tokens.exchange(
            baseUrl.issuerOf(new TenantId(tenant)), credentials, ProtocolParameters.of(form));
    var body =
        JsonFactory.createObjectBuilder()
            .add("access_token", issued.accessToken())
            .add("token_type", issued.tokenType())
            .add("expires_in", issued.expiresIn().toSeconds())
            .add("scope", issued.scope().format());
    issued.refreshTokenIfAny().ifPresent(token -> body.add("refresh_token", token));
    issued.idTokenIfAny().ifPresent(token -> body.add("id_token", token));
    return Response.ok(
            body.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
