package org.portcullis.web.directory;

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
import org.portcullis.directory.PasswordPolicies;
import org.portcullis.directory.password.InvalidPasswordPolicyException;
import org.portcullis.web.security.RequiresScope;

/**
 * A tenant's password policy, for its admins: a token of the tenant with {@code tenant:admin}, or a
 * platform admin's. The tenant is the one the URL names.
 */
@Path("t/{tenant}/admin/password-policy")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Password policy", description = "A tenant's password rules (NIST SP 800-63B)")
@SecurityRequirement(name = "bearer")
public class PasswordPolicyResource {

  @Inject private PasswordPolicies policies;

  @GET
  @Operation(summary = "Read the tenant's password policy (the default when it set none)")
  @APIResponse(responseCode = "200", description = "The policy in force")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  public PasswordPolicyRepresentation read() {
    return PasswordPolicyRepresentation.of(policies.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the tenant's password policy; members left out take defaults")
  @APIResponse(responseCode = "200", description = "The policy now in force")
  @APIResponse(
      responseCode = "400",
      description = "A policy NIST SP 800-63B forbids, or an unreadable body (problem+json)")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  public PasswordPolicyRepresentation replace(PasswordPolicyRepresentation body) {
    if (body == null) {
      throw new InvalidPasswordPolicyException("The body must be a JSON object");
    }
    return PasswordPolicyRepresentation.of(policies.change(body.toPolicy()));
  }
}
