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

/** OpenID Connect Discovery 1.0 §4: {@code {issuer}/.well-known/openid-configuration}. */
@Path("t/{tenant}/.well-known/openid-configuration")
@RequestScoped
@Tag(name = "OpenID Connect")
public class OpenIdConfigurationResource {

  @Inject private PublicBaseUrl baseUrl;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "OpenID Provider metadata of the tenant")
  public Response metadata(@PathParam("tenant") String tenant) {
    return Response.ok(ProviderMetadata.of(baseUrl.issuerOf(new TenantId(tenant))).toString())
        .build();
  }
}
