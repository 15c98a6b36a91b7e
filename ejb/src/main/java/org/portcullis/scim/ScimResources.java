package org.portcullis.scim;

import jakarta.json.JsonObject;

/** What the SCIM endpoint of one resource type does (RFC 7644 §3): Users and Groups alike. */
public interface ScimResources {

  /** The resource type's schema. */
  ResourceSchema schema();

  /** A page of the resources that match, as a {@code ListResponse}. */
  JsonObject search(SearchRequest request, Projection projection, String base);

  /** POST. */
  ScimResult create(JsonObject body, String base);

  /** GET of one resource; the projection tells which attributes to load. */
  ScimResult get(String id, Projection projection, String base);

  /** PUT, refused with 412 when {@code ifMatch} names another version. */
  ScimResult replace(String id, JsonObject body, String ifMatch, String base);

  /** PATCH, refused with 412 when {@code ifMatch} names another version. */
  ScimResult patch(String id, JsonObject body, String ifMatch, String base);

  /** DELETE, refused with 412 when {@code ifMatch} names another version. */
  void delete(String id, String ifMatch);
}
