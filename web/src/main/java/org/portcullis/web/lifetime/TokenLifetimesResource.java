package org.portcullis.web.lifetime;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.Scope;
import org.portcullis.lifetime.InvalidTokenLifetimesException;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.web.security.RequiresScope;

/**
 * A tenant's token lifetimes, for its admins: a token of the tenant with {@code tenant:admin}, or a
 * platform admin's. The tenant is the one the URL names.
 */
@Path("t/{tenant}/admin/token-lifetimes")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Token lifetimes",
    description = "Access token default, SSO session and refresh token lifetimes of a tenant")
@SecurityRequirement(name = "bearer")
public class TokenLifetimesResource {

  @Inject private TokenLifetimePolicies lifetimes;

  @GET
  @Operation(
      summary = "Read the tenant's token lifetimes (the platform's defaults when it set none)")
  @APIResponse(responseCode = "200", description = "The lifetimes in force, in seconds")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  public TokenLifetimesRepresentation read() {
    return TokenLifetimesRepresentation.of(lifetimes.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change the tenant's token lifetimes; members left out take the platform's defaults",
      description =
          "Applies to what is issued from now on: clients registered without"
              + " access_token_lifetime, new SSO sessions, new refresh token families, and the"
              + " idle lifetime of the next rotation. Issued tokens keep their expiry.")
  @APIResponse(responseCode = "200", description = "The lifetimes now in force")
  @APIResponse(
      responseCode = "400",
      description = "A lifetime out of bounds, or an unreadable body (problem+json)")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  public TokenLifetimesRepresentation replace(TokenLifetimesRepresentation body) {
    if (body == null) {
      throw new InvalidTokenLifetimesException("The body must be a JSON object");
    }
    return TokenLifetimesRepresentation.of(lifetimes.change(body.over(lifetimes.defaults())));
  }
}
