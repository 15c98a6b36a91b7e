package org.portcullis.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.Scope;
import org.portcullis.web.security.RequiresScope;

/**
 * A tenant's own audit trail, for its admins: a token of the tenant with {@code tenant:admin}, or a
 * platform admin's. The tenant is the one the URL names; no other tenant's events are reachable.
 */
@Path("t/{tenant}/admin/audit")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Platform administration of the audit trails")
@SecurityRequirement(name = "bearer")
public class TenantAuditResource {

  @Inject private AuditTrail trail;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary = "List this tenant's audit events, newest first, a page at a time",
      description =
          "Filters: action (such as tenant.created), outcome (SUCCESS or FAILURE), actor, from"
              + " (inclusive) and to (exclusive) as ISO-8601 instants with offset")
  @APIResponse(responseCode = "200", description = "A page; Link rel=next while more remain")
  @APIResponse(responseCode = "400", description = "Invalid filter or page (problem+json)")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  public Response list(
      @BeanParam AuditFilter filter,
      @Parameter(description = "First item, from 0") @QueryParam("offset") @DefaultValue("0")
          int offset,
      @Parameter(description = "Page size, 1 to 500") @QueryParam("limit") @DefaultValue("50")
          int limit) {
    return AuditAdminResource.page(trail, filter, offset, limit, uriInfo);
  }

  @GET
  @Path("verification")
  @Operation(summary = "Verify this tenant's hash chain from its first event to its head")
  @APIResponse(responseCode = "200", description = "intact and events, or brokenAt")
  public ChainReport verification() {
    return ChainReport.of(trail.verify());
  }
}
