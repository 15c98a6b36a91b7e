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
import org.portcullis.audit.AuditEvent;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.Scope;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantNotFoundException;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.platform.PageLinks;
import org.portcullis.web.security.RequiresScope;

/** The platform admin API over a tenant's audit trail (tenant {@code system} by default). */
@Path("admin/audit")
@RequestScoped
@RequiresScope(Scope.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Platform administration of the audit trails")
@SecurityRequirement(name = "bearer")
public class AuditAdminResource {

  @Inject private AuditTrail trail;

  @Inject private TenantRegistry tenants;

  @Inject private TenantScope scope;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary = "List a tenant's audit events, newest first, a page at a time",
      description =
          "Filters: action (such as tenant.created), outcome (SUCCESS or FAILURE), actor, from"
              + " (inclusive) and to (exclusive) as ISO-8601 instants with offset")
  @APIResponse(responseCode = "200", description = "A page; Link rel=next while more remain")
  @APIResponse(responseCode = "400", description = "Invalid filter or page (problem+json)")
  @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
  public Response list(
      @Parameter(description = "Tenant id, default system") @QueryParam("tenant") String tenant,
      @BeanParam AuditFilter filter,
      @Parameter(description = "First item, from 0") @QueryParam("offset") @DefaultValue("0")
          int offset,
      @Parameter(description = "Page size, 1 to 500") @QueryParam("limit") @DefaultValue("50")
          int limit) {
    TenantId id = existing(tenant);
    return scope.runAs(id, () -> page(trail, filter, offset, limit, uriInfo));
  }

  /** A page of the trail of the tenant in scope, with its next link. */
  static Response page(
      AuditTrail trail, AuditFilter filter, int offset, int limit, UriInfo uriInfo) {
    AuditQuery query = filter.toQuery();
    Page<AuditEvent> page = trail.page(query, new PageRequest(offset, limit));
    var response =
        Response.ok(
            new AuditPage(
                page.items().stream().map(AuditEventRepresentation::of).toList(), page.total()));
    return PageLinks.withNext(response, page, uriInfo).build();
  }

  @GET
  @Path("verification")
  @Operation(summary = "Verify a tenant's hash chain from its first event to its head")
  @APIResponse(responseCode = "200", description = "intact and events, or brokenAt")
  @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
  public ChainReport verification(
      @Parameter(description = "Tenant id, default system") @QueryParam("tenant") String tenant) {
    TenantId id = existing(tenant);
    return ChainReport.of(scope.runAs(id, trail::verify));
  }

  /** The named tenant, system when none is named; a malformed or unknown one is a 404. */
  private TenantId existing(String tenant) {
    String named = tenant == null || tenant.isBlank() ? TenantId.SYSTEM.value() : tenant;
    if (!TenantId.isValid(named) || !tenants.exists(new TenantId(named))) {
      throw new TenantNotFoundException(named);
    }
    return new TenantId(named);
  }
}
