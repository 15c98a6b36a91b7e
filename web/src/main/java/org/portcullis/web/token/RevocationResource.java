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
import org.portcullis.tenant.TenantId;
import org.portcullis.token.TokenRevocation;
import org.portcullis.web.platform.PublicBaseUrl;

/** A tenant's revocation endpoint (RFC 7009). Every answer is {@code no-store}. */
@Path("t/{tenant}/revoke")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class RevocationResource {

  @Inject private TokenRevocation revocation;

  @Inject private PublicBaseUrl baseUrl;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Token revocation (RFC 7009): token, optional token_type_hint",
      description =
          "client_secret_basic or client_secret_post. A client revokes its own access tokens;"
              + " an unknown, invalid or another client's token also answers 200 and changes"
              + " nothing (RFC 7009 §2.2). A revoked access token is refused everywhere until it"
              + " expires.")
  @APIResponse(responseCode = "200", description = "Revoked, or nothing to revoke")
  @APIResponse(responseCode = "400", description = "invalid_request: no token (RFC 6749 §5.2)")
  @APIResponse(responseCode = "401", description = "invalid_client")
  @APIResponse(responseCode = "429", description = "Too many failed client authentications")
  public Response revoke(
      @PathParam("tenant") String tenant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    var credentials = ClientAuthenticationReader.read(authorization, form);
    revocation.revoke(
        baseUrl.issuerOf(new TenantId(tenant)), credentials, ProtocolParameters.of(form));
    return Response.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
