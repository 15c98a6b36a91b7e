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
import org.portcullis.scim.Projection;
import org.portcullis.scim.ScimResources;
import org.portcullis.scim.ScimResult;
import org.portcullis.scim.SearchRequest;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * The HTTP shape of a SCIM resource type (RFC 7644 §3): list and search, create, read, replace,
 * patch, delete. Subclasses name the path and hand each call to their resource type's service. RFC
 * 7644 describes the operations; they carry no OpenAPI annotations here because Payara's OpenAPI
 * scanner fails on {@code @Operation} in an abstract class without {@code @Path}.
 */
@Consumes({ScimHttp.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Produces({ScimHttp.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public abstract class ScimResourceEndpoint {

  @Inject private PublicBaseUrl baseUrl;

  @Inject private TenantScope scope;

  /** The service of the resource type this endpoint serves. */
  protected abstract ScimResources resources();

  @GET
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("sortBy") String sortBy,
      @QueryParam("sortOrder") String sortOrder,
      @QueryParam("startIndex") Integer startIndex,
      @QueryParam("count") Integer count,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes) {
    Projection projection = Projection.of(attributes, excludedAttributes);
    SearchRequest request = SearchRequest.of(filter, sortBy, sortOrder, startIndex, count);
    return ScimHttp.message(resources().search(request, projection, base()));
  }

  @POST
  @Path(".search")
  public Response searchByPost(String body) {
    JsonObject message = ScimHttp.body(body);
    Projection projection =
        Projection.of(joined(message, "attributes"), joined(message, "excludedAttributes"));
    return ScimHttp.message(resources().search(SearchRequest.of(message), projection, base()));
  }

  @POST
  public Response create(String body) {
    return ScimHttp.created(resources().create(ScimHttp.body(body), base()));
  }

  @GET
  @Path("{id}")
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
  public Response replace(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    return ScimHttp.ok(resources().replace(id, ScimHttp.body(body), ifMatch, base()), null);
  }

  @PATCH
  @Path("{id}")
  public Response modify(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
    return ScimHttp.ok(resources().patch(id, ScimHttp.body(body), ifMatch, base()), null);
  }

  @DELETE
  @Path("{id}")
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
