package org.portcullis.web.discovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * RFC 8414 §3.1: for the issuer {@code {base}/t/{T}} the metadata lives at {@code
 * {base}/.well-known/oauth-authorization-server/t/{T}}.
 */
@Path(".well-known/oauth-authorization-server/t/{tenant}")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class AuthorizationServerMetadataResource {

  @Inject private PublicBaseUrl baseUrl;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Authorization server metadata of the tenant (RFC 8414)")
  public Response metadata(@PathParam("tenant") String tenant) {
    return Response.ok(ProviderMetadata.of(baseUrl.issuerOf(new TenantId(tenant))).toString())
        .build();
  }
}
