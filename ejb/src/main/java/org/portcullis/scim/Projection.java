package org.portcullis.scim;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.platform.JsonFactory;

/**
 * The {@code attributes} and {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5, §3.9): which
 * attributes of a resource a response carries. {@code id} and {@code schemas} are always returned;
 * {@code password} never was. Names may be sub-attribute paths ({@code name.givenName}) or fully
 * qualified; case does not matter.
 */
public final class Projection {

  /** Every attribute returned by default. */
  public static final Projection DEFAULT = new Projection(Set.of(), Set.of());

  private final Set<String> attributes;
  private final Set<String> excluded;

  private Projection(Set<String> attributes, Set<String> excluded) {
    this.attributes = attributes;
    this.excluded = excluded;
  }

  /**
   * @param attributes comma-separated paths to return, or null
   * @param excludedAttributes comma-separated paths to leave out, or null
   * @throws ScimException {@code invalidValue} when both are given
   */
  public static Projection of(String attributes, String excludedAttributes) {
    Set<String> included = paths(attributes);
    Set<String> excluded = paths(excludedAttributes);
    if (!included.isEmpty() && !excluded.isEmpty()) {
      throw ScimException.invalidValue("Give attributes or excludedAttributes, not both");
    }
    return new Projection(included, excluded);
  }

  /** Whether {@code attribute} (top-level, e.g. {@code members}) is part of the response at all. */
  public boolean includes(String attribute) {
    String key = attribute.toLowerCase(Locale.ROOT);
    if (!attributes.isEmpty()) {
      return attributes.stream().anyMatch(p -> p.equals(key) || p.startsWith(key + "."));
    }
    return !excluded.contains(key);
  }

  /** The resource with only the attributes asked for. */
  public JsonObject apply(JsonObject resource, ResourceSchema schema) {
    if (attributes.isEmpty() && excluded.isEmpty()) {
      return resource;
    }
    JsonObjectBuilder projected = JsonFactory.createObjectBuilder();
    resource.forEach(
        (name, value) -> {
          String key = name.toLowerCase(Locale.ROOT);
          if (key.equals("schemas") || key.equals("id")) {
            projected.add(name, value);
          } else if (!attributes.isEmpty()) {
            if (attributes.contains(key)) {
              projected.add(name, value);
            } else {
              subset(value, key, attributes, true).ifPresent(v -> projected.add(name, v));
            }
          } else if (!excluded.contains(key)) {
            projected.add(name, subset(value, key, excluded, false).orElse(value));
          }
        });
    return projected.build();
  }

  /** The sub-attributes of a complex value (or of each value of a multi-valued one) chosen. */
  private static Optional<JsonValue> subset(
      JsonValue value, String parent, Set<String> paths, boolean keep) {
    Set<String> subs =
        paths.stream()
            .filter(p -> p.startsWith(parent + "."))
            .map(p -> p.substring(parent.length() + 1))
            .collect(Collectors.toSet());
    if (subs.isEmpty()) {
      return Optional.empty();
    }
    if (value instanceof JsonObject object) {
      return Optional.of(pick(object, subs, keep));
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      var array = JsonFactory.createArrayBuilder();
      value
          .asJsonArray()
          .forEach(v -> array.add(v instanceof JsonObject o ? pick(o, subs, keep) : v));
      return Optional.of(array.build());
    }
    return Optional.empty();
  }

  private static JsonObject pick(JsonObject object, Set<String> subs, boolean keep) {
    JsonObjectBuilder picked = JsonFactory.createObjectBuilder();
    object.forEach(
        (name, v) -> {
          if (subs.contains(name.toLowerCase(Locale.ROOT)) == keep) {
            picked.add(name, v);
          }
        });
    return picked.build();
  }

  /** Lower-case paths without the core schema URIs, which name the attributes of our resources. */
  private static Set<String> paths(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .map(p -> p.toLowerCase(Locale.ROOT))
        .map(Projection::unqualified)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String unqualified(String path) {
    for (ResourceSchema schema : ScimSchemas.all()) {
      String prefix = schema.id().toLowerCase(Locale.ROOT) + ":";
      if (path.startsWith(prefix)) {
        return path.substring(prefix.length());
      }
    }
    return path;
  }
}
