package org.portcullis.web.scim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.platform.JsonFactory;
import org.portcullis.scim.ResourceSchema;
import org.portcullis.scim.ScimException;
import org.portcullis.scim.ScimSchemas;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * The discovery endpoints of RFC 7644 §4: what this service provider supports, its resource types
 * and their schemas. They describe the server, not the tenant's data, so like OpenID discovery they
 * answer without a token.
 */
@Path("t/{tenant}/scim/v2")
@RequestScoped
@Produces({ScimHttp.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "SCIM", description = "SCIM 2.0 provisioning of users and groups (RFC 7644)")
public class ScimMetadataResource {

  @Inject private PublicBaseUrl baseUrl;

  @Inject private TenantScope scope;

  @GET
  @Path("ServiceProviderConfig")
  @Operation(summary = "The SCIM features this server supports (RFC 7643 §5)")
  public Response serviceProviderConfig() {
    return ScimHttp.message(ScimSchemas.serviceProviderConfig(base()));
  }

  @GET
  @Path("ResourceTypes")
  @Operation(summary = "The resource types: User and Group (RFC 7643 §6)")
  public Response resourceTypes() {
    return list(r -> r.resourceTypeJson(base()));
  }

  @GET
  @Path("ResourceTypes/{name}")
  @Operation(summary = "One resource type")
  public Response resourceType(@PathParam("name") String name) {
    return ScimHttp.message(
        find(r -> r.name().equals(name), "ResourceType " + name).resourceTypeJson(base()));
  }

  @GET
  @Path("Schemas")
  @Operation(summary = "The schemas of the resource types (RFC 7643 §7)")
  public Response schemas() {
    return list(r -> r.toJson(base()));
  }

  @GET
  @Path("Schemas/{id}")
  @Operation(summary = "One schema, by its URI")
  public Response schema(@PathParam("id") String id) {
    return ScimHttp.message(find(r -> r.id().equals(id), "Schema " + id).toJson(base()));
  }

  private Response list(Function<ResourceSchema, JsonObject> representation) {
    List<ResourceSchema> all = ScimSchemas.all();
    JsonArrayBuilder resources = JsonFactory.createArrayBuilder();
    all.forEach(r -> resources.add(representation.apply(r)));
    return ScimHttp.message(
        JsonFactory.createObjectBuilder()
            .add("schemas", JsonFactory.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
            .add("totalResults", all.size())
            .add("startIndex", 1)
            .add("itemsPerPage", all.size())
            .add("Resources", resources)
            .build());
  }

  private static ResourceSchema find(
      java.util.function.Predicate<ResourceSchema> wanted, String what) {
    return ScimSchemas.all().stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow(() -> new ScimException(404, null, what + " not found"));
  }

  private String base() {
    return ScimHttp.base(baseUrl, scope.require());
  }
}
