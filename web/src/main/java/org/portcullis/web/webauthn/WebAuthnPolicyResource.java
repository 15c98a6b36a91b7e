package org.portcullis.web.webauthn;

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
import org.portcullis.web.security.RequiresScope;
import org.portcullis.webauthn.InvalidWebAuthnPolicyException;
import org.portcullis.webauthn.WebAuthnPolicies;

/** A tenant's WebAuthn policy, for its admins. */
@Path("t/{tenant}/admin/webauthn-policy")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security keys", description = "WebAuthn policy and passkey inventory")
@SecurityRequirement(name = "bearer")
public class WebAuthnPolicyResource {

  @Inject private WebAuthnPolicies policies;

  @GET
  @Operation(summary = "Read the tenant's WebAuthn policy (the defaults when it set none)")
  @APIResponse(responseCode = "200", description = "The policy in force")
  public WebAuthnPolicyRepresentation read() {
    return WebAuthnPolicyRepresentation.of(policies.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the tenant's WebAuthn policy")
  @APIResponse(responseCode = "200", description = "The policy now in force")
  @APIResponse(responseCode = "400", description = "An invalid value (problem+json)")
  public WebAuthnPolicyRepresentation replace(WebAuthnPolicyRepresentation body) {
    if (body == null) {
      throw new InvalidWebAuthnPolicyException("The body must be a JSON object");
    }
    return WebAuthnPolicyRepresentation.of(policies.change(body.toPolicy()));
  }
}
