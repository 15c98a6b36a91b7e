package org.portcullis.web.scim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.Scope;
import org.portcullis.scim.Projection;
import org.portcullis.scim.ResourceSchema;
import org.portcullis.scim.ScimGroups;
import org.portcullis.scim.ScimResult;
import org.portcullis.scim.ScimSchemas;
import org.portcullis.scim.SearchRequest;
import org.portcullis.web.security.RequiresScope;
import org.portcullis.web.security.RequiresScope.ErrorFormat;

/** {@code {issuer}/scim/v2/Groups} (RFC 7644). */
@Path("t/{tenant}/scim/v2/Groups")
@RequestScoped
@RequiresScope(
    value = {Scope.SCIM, Scope.TENANT_ADMIN},
    errors = ErrorFormat.SCIM)
@Tag(name = "SCIM", description = "SCIM 2.0 provisioning of users and groups (RFC 7644)")
@SecurityRequirement(name = "bearer")
public class ScimGroupsResource extends ScimResourceEndpoint {

  @Inject private ScimGroups groups;

  @Override
  protected JsonObject search(SearchRequest request, Projection projection, String base) {
    return groups.search(request, projection, base);
  }

  @Override
  protected ScimResult create(JsonObject body, String base) {
    return groups.create(body, base);
  }

  @Override
  protected ScimResult get(String id, Projection projection, String base) {
    return groups.get(id, projection, base);
  }

  @Override
  protected ScimResult replace(String id, JsonObject body, String ifMatch, String base) {
    return groups.replace(id, body, ifMatch, base);
  }

  @Override
  protected ScimResult patch(String id, JsonObject body, String ifMatch, String base) {
    return groups.patch(id, body, ifMatch, base);
  }

  @Override
  protected void delete(String id, String ifMatch) {
    groups.delete(id, ifMatch);
  }

  @Override
  protected ResourceSchema schema() {
    return ScimSchemas.GROUPS;
  }
}
