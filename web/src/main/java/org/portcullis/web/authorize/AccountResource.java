package org.portcullis.web.authorize;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * {@code {issuer}/account} (contract): the user's self-service entry, which is the console's
 * account page for the tenant (sign-in, security keys, authenticator app, recovery codes).
 */
@Path("t/{tenant}/account")
@RequestScoped
@Tag(name = "OpenID Connect")
public class AccountResource {

  @Inject private PublicBaseUrl baseUrl;

  @GET
  @Operation(summary = "The account pages of the tenant's users (a redirect to the console)")
  public Response account(@PathParam("tenant") String tenant) {
    TenantId id = new TenantId(tenant);
    return StepResponses.seeOther(
            URI.create(
                baseUrl.value()
                    + "/console/account.xhtml?tenant="
                    + URLEncoder.encode(id.value(), StandardCharsets.UTF_8)))
        .build();
  }
}
