package org.portcullis.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.portcullis.client.Scope;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.InvalidTenantException;
import org.portcullis.tenant.Tenant;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantNotFoundException;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.web.platform.PageLinks;
import org.portcullis.web.platform.PublicBaseUrl;
import org.portcullis.web.security.RequiresScope;

/** The platform admin API for tenants (contract, "Tenants"). */
@Path("admin/tenants")
@RequestScoped
@RequiresScope(Scope.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Platform administration of tenants")
@SecurityRequirement(name = "bearer")
public class TenantAdminResource {

  @Inject private TenantRegistry tenants;

  @Inject private PublicBaseUrl baseUrl;

  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a tenant with its first signing key")
  @APIResponse(responseCode = "201", description = "Created; Location names the tenant")
  @APIResponse(responseCode = "400", description = "Invalid id or display name (problem+json)")
  @APIResponse(responseCode = "409", description = "A tenant with this id exists (problem+json)")
  public Response create(NewTenant body) {
    if (body == null || body.id() == null) {
      throw new InvalidTenantException("The body must be a JSON object with an id");
    }
    TenantId id = new TenantId(body.id());
    String displayName = body.displayName() == null ? body.id() : body.displayName();
    Tenant tenant = tenants.create(id, displayName);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(id.value()).build())
        .entity(represent(tenant))
        .build();
  }

  @GET
  @Operation(summary = "List tenants by id, a page at a time")
  @APIResponse(responseCode = "200", description = "A page; Link rel=next while more remain")
  public Response list(
      @Parameter(description = "First item, from 0") @QueryParam("offset") @DefaultValue("0")
          int offset,
      @Parameter(description = "Page size, 1 to 500") @QueryParam("limit") @DefaultValue("50")
          int limit) {
    Page<Tenant> page = tenants.list(new PageRequest(offset, limit));
    var response =
        Response.ok(
            new TenantPage(page.items().stream().map(this::represent).toList(), page.total()));
    return PageLinks.withNext(response, page, uriInfo).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a tenant")
  @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
  public TenantRepresentation read(@PathParam("id") String id) {
    TenantId tenantId = parse(id);
    return tenants.find(tenantId).map(this::represent).orElseThrow(() -> notFound(tenantId));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a tenant and everything it owns")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
  @APIResponse(responseCode = "409", description = "Tenant system cannot be deleted")
  public Response delete(@PathParam("id") String id) {
    tenants.delete(parse(id));
    return Response.noContent().build();
  }

  private TenantRepresentation represent(Tenant tenant) {
    return TenantRepresentation.of(tenant, baseUrl.issuerOf(tenant.id()).value());
  }

  /** A malformed id in a URL names no tenant: 404, like any unknown one. */
  private static TenantId parse(String id) {
    if (!TenantId.isValid(id)) {
      throw new TenantNotFoundException(id);
    }
    return new TenantId(id);
  }

  private static TenantNotFoundException notFound(TenantId id) {
    return new TenantNotFoundException(id.value());
  }
}
