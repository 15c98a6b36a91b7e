package org.portcullis.web.scim;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.portcullis.scim.Projection;
import org.portcullis.scim.ScimResources;
import org.portcullis.scim.ScimResult;
import org.portcullis.scim.SearchRequest;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * The HTTP shape of a SCIM resource type (RFC 7644 §3): list and search, create, read, replace,
 * patch, delete. Subclasses name the path and hand each call to their resource type's service.
 */
@Consumes({ScimHttp.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Produces({ScimHttp.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public abstract class ScimResourceEndpoint {

  @Inject private PublicBaseUrl baseUrl;

  @Inject private TenantScope scope;

  /** The service of the resource type this endpoint serves. */
  protected abstract ScimResources resources();

  @GET
  @Operation(summary = "List or filter resources (RFC 7644 §3.4.2)")
  @APIResponse(responseCode = "200", description = "A ListResponse")
  @APIResponse(responseCode = "400", description = "invalidFilter, invalidValue or tooMany")
  public Response list(
      @Parameter(description = "SCIM filter, e.g. userName eq \"bjensen\"") @QueryParam("filter")
          String filter,
      @QueryParam("sortBy") String sortBy,
      @Parameter(description = "ascending (default) or descending") @QueryParam("sortOrder")
          String sortOrder,
      @Parameter(description = "1-based index of the first result") @QueryParam("startIndex")
          Integer startIndex,
      @Parameter(description = "Page size, at most 200") @QueryParam("count") Integer count,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes) {
    Projection projection = Projection.of(attributes, excludedAttributes);
    SearchRequest request = SearchRequest.of(filter, sortBy, sortOrder, startIndex, count);
    return ScimHttp.message(resources().search(request, projection, base()));
  }

  @POST
  @Path(".search")
  @Operation(summary = "Query with a SearchRequest body (RFC 7644 §3.4.3)")
  @APIResponse(responseCode = "200", description = "A ListResponse")
  public Response searchByPost(String body) {
    JsonObject message = ScimHttp.body(body);
    Projection projection =
        Projection.of(joined(message, "attributes"), joined(message, "excludedAttributes"));
    return ScimHttp.message(resources().search(SearchRequest.of(message), projection, base()));
  }

  @POST
  @Operation(summary = "Create a resource")
  @APIResponse(responseCode = "201", description = "Created, with Location and ETag")
  @APIResponse(responseCode = "400", description = "invalidValue or invalidSyntax")
  @APIResponse(responseCode = "409", description = "uniqueness")
  public Response create(String body) {
    return ScimHttp.created(resources().create(ScimHttp.body(body), base()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a resource")
  @APIResponse(responseCode = "200", description = "The resource, with ETag")
  @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
  @APIResponse(responseCode = "404", description = "No such resource in this tenant")
  public Response read(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    Projection projection = Projection.of(attributes, excludedAttributes);
    ScimResult result = resources().get(id, projection, base());
    return ScimHttp.ok(projected(result, projection), ifNoneMatch);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a resource")
  @APIResponse(responseCode = "200", description = "The resource as stored")
  @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
  public Response replace(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    return ScimHttp.ok(resources().replace(id, ScimHttp.body(body), ifMatch, base()), null);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Modify a resource with a PatchOp (RFC 7644 §3.5.2)")
  @APIResponse(responseCode = "200", description = "The resource as stored")
  @APIResponse(
      responseCode = "400",
      description = "invalidPath, noTarget, mutability, invalidValue or invalidSyntax")
  @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
  public Response modify(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    return ScimHttp.ok(resources().patch(id, ScimHttp.body(body), ifMatch, base()), null);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a resource")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
  public Response remove(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    resources().delete(id, ifMatch);
    return Response.noContent().build();
  }

  private ScimResult projected(ScimResult result, Projection projection) {
    return new ScimResult(
        projection.apply(result.resource(), resources().schema()),
        result.etag(),
        result.location());
  }

  private String base() {
    return ScimHttp.base(baseUrl, scope.require());
  }

  /** A SearchRequest's attribute list, which is a JSON array of paths. */
  private static String joined(JsonObject message, String name) {
    var value = message.get(name);
    if (value == null || value.getValueType() != jakarta.json.JsonValue.ValueType.ARRAY) {
      return null;
    }
    return String.join(
        ",",
        value.asJsonArray().stream()
            .map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : "")
            .toList());
  }
}
