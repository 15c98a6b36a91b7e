package org.portcullis.web.discovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/** A tenant's metadata, at the two addresses clients look for it. */
@Path("")
@RequestScoped
@Tag(name = "OpenID Connect")
public class DiscoveryResource {

  @Inject private PublicBaseUrl baseUrl;

  /** OpenID Connect Discovery 1.0 §4: {@code {issuer}/.well-known/openid-configuration}. */
  @GET
  @Path("t/{tenant}/.well-known/openid-configuration")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "OpenID Provider metadata of the tenant")
  public String openIdConfiguration(@PathParam("tenant") String tenant) {
    return metadata(tenant);
  }

  /**
   * RFC 8414 §3.1: for the issuer {@code {base}/t/{T}} the metadata lives at {@code
   * {base}/.well-known/oauth-authorization-server/t/{T}}.
   */
  @GET
  @Path(".well-known/oauth-authorization-server/t/{tenant}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Authorization server metadata of the tenant (RFC 8414)")
  public String authorizationServerMetadata(@PathParam("tenant") String tenant) {
    return metadata(tenant);
  }

  private String metadata(String tenant) {
    return ProviderMetadata.of(baseUrl.issuerOf(new TenantId(tenant))).toString();
  }
}
