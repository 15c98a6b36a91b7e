package org.portcullis.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.platform.JsonFactory;

/**
 * The core schema of a resource type (RFC 7643 §7) together with the common attributes of §3.1
 * ({@code id}, {@code externalId}, {@code meta}), which every resource has but no schema lists.
 *
 * @param id the schema URI
 * @param name the resource type's name, e.g. {@code User}
 * @param endpoint the resource type's endpoint relative to the SCIM base, e.g. {@code /Users}
 */
public record ResourceSchema(
    String id,
    String name,
    String description,
    String endpoint,
    List<Attribute> attributes,
    List<Attribute> common) {

  public ResourceSchema {
    attributes = List.copyOf(attributes);
    common = List.copyOf(common);
  }

  /** The top-level attribute named {@code name}, common ones included, in any case. */
  public Optional<Attribute> attribute(String attributeName) {
    return java.util.stream.Stream.concat(common.stream(), attributes.stream())
        .filter(a -> a.name().equalsIgnoreCase(attributeName))
        .findFirst();
  }

  /**
   * The attribute a path names: a top-level attribute, or the sub-attribute of a complex one. A
   * fully qualified path must name this schema.
   */
  public Optional<Attribute> resolve(AttributePath path) {
    if (path.schemaUrn().isPresent() && !path.schemaUrn().get().equalsIgnoreCase(id)) {
      return Optional.empty();
    }
    Optional<Attribute> top = attribute(path.attribute());
    return path.subAttribute().isEmpty()
        ? top
        : top.flatMap(attribute -> attribute.subAttribute(path.subAttribute().get()));
  }

  /** The {@code /Schemas} representation (RFC 7643 §7). */
  public JsonObject toJson(String location) {
    JsonArrayBuilder definitions = JsonFactory.createArrayBuilder();
    attributes.forEach(a -> definitions.add(a.toJson()));
    return JsonFactory.createObjectBuilder()
        .add("schemas", JsonFactory.createArrayBuilder().add(ScimSchemas.SCHEMA))
        .add("id", id)
        .add("name", name)
        .add("description", description)
        .add("attributes", definitions)
        .add(
            "meta",
            JsonFactory.createObjectBuilder()
                .add("resourceType", "Schema")
                .add("location", location + "/Schemas/" + id))
        .build();
  }

  /** The {@code /ResourceTypes} representation (RFC 7643 §6). */
  public JsonObject resourceTypeJson(String location) {
    return JsonFactory.createObjectBuilder()
        .add("schemas", JsonFactory.createArrayBuilder().add(ScimSchemas.RESOURCE_TYPE))
        .add("id", name)
        .add("name", name)
        .add("endpoint", endpoint)
        .add("description", description)
        .add("schema", id)
        .add(
            "meta",
            JsonFactory.createObjectBuilder()
                .add("resourceType", "ResourceType")
                .add("location", location + "/ResourceTypes/" + name))
        .build();
  }
}
