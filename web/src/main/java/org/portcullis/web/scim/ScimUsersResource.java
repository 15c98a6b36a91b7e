package org.portcullis.web.scim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.Scope;
import org.portcullis.scim.ScimResources;
import org.portcullis.scim.ScimUsers;
import org.portcullis.web.security.RequiresScope;
import org.portcullis.web.security.RequiresScope.ErrorFormat;

/** {@code {issuer}/scim/v2/Users} (RFC 7644). */
@Path("t/{tenant}/scim/v2/Users")
@RequestScoped
@RequiresScope(
    value = {Scope.SCIM, Scope.TENANT_ADMIN},
    errors = ErrorFormat.SCIM)
@Tag(name = "SCIM", description = "SCIM 2.0 provisioning of users and groups (RFC 7644)")
@SecurityRequirement(name = "bearer")
public class ScimUsersResource extends ScimResourceEndpoint {

  @Inject private ScimUsers users;

  @Override
  protected ScimResources resources() {
    return users;
  }
}
