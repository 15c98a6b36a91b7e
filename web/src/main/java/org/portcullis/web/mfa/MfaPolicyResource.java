package org.portcullis.web.mfa;

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
import org.portcullis.mfa.InvalidMfaPolicyException;
import org.portcullis.mfa.MfaPolicies;
import org.portcullis.web.security.RequiresScope;

/** A tenant's MFA policy, for its admins (a {@code tenant:admin} token, or a platform admin's). */
@Path("t/{tenant}/admin/mfa-policy")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MFA policy", description = "When a tenant's users give a second factor")
@SecurityRequirement(name = "bearer")
public class MfaPolicyResource {

  @Inject private MfaPolicies policies;

  @GET
  @Operation(summary = "Read the tenant's MFA policy (OPTIONAL when it set none)")
  @APIResponse(responseCode = "200", description = "The policy in force")
  public MfaPolicyRepresentation read() {
    return MfaPolicyRepresentation.of(policies.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the tenant's MFA policy")
  @APIResponse(responseCode = "200", description = "The policy now in force")
  @APIResponse(responseCode = "400", description = "An unknown mode, or roles without REQUIRED")
  public MfaPolicyRepresentation replace(MfaPolicyRepresentation body) {
    if (body == null) {
      throw new InvalidMfaPolicyException("The body must be a JSON object");
    }
    return MfaPolicyRepresentation.of(policies.change(body.toPolicy()));
  }
}
