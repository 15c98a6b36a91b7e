package org.portcullis.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portcullis.platform.JsonFactory;

/** Reading and writing the JSON of SCIM messages, with attribute names in any case. */
final class ScimJson {

  private ScimJson() {}

  /** The member named {@code name} in any case (RFC 7643 §2.1), if present and not null. */
  static Optional<JsonValue> member(JsonObject object, String name) {
    for (var entry : object.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != JsonValue.NULL) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** A string member, or empty; any other JSON type is an {@code invalidValue}. */
  static Optional<String> string(JsonObject object, String name) {
    return member(object, name).map(value -> string(value, name));
  }

  static String string(JsonValue value, String name) {
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw ScimException.invalidValue(name + " must be a string");
  }

  /**
   * A boolean member, or empty. The strings {@code "true"} and {@code "false"} in any case count
   * too: some provisioning clients send them so in PATCH operations.
   */
  static Optional<Boolean> bool(JsonObject object, String name) {
    return member(object, name).map(value -> bool(value, name));
  }

  static boolean bool(JsonValue value, String name) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    if (value instanceof JsonString string) {
      String text = string.getString().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return text.equals("true");
      }
    }
    throw ScimException.invalidValue(name + " must be true or false");
  }

  /** An object member, or empty. */
  static Optional<JsonObject> object(JsonObject object, String name) {
    return member(object, name)
        .map(
            value -> {
              if (value instanceof JsonObject found) {
                return found;
              }
              throw ScimException.invalidValue(name + " must be an object");
            });
  }

  /** The objects of an array member; empty when absent. */
  static List<JsonObject> objects(JsonObject object, String name) {
    Optional<JsonValue> member = member(object, name);
    if (member.isEmpty()) {
      return List.of();
    }
    if (!(member.get() instanceof JsonArray array)) {
      throw ScimException.invalidValue(name + " must be an array");
    }
    return array.stream()
        .map(
            value -> {
              if (value instanceof JsonObject found) {
                return found;
              }
              throw ScimException.invalidValue(name + " must hold objects");
            })
        .toList();
  }

  /** Whether the message's {@code schemas} lists {@code urn}; a message must name its schema. */
  static void requireSchema(JsonObject message, String urn) {
    Optional<JsonValue> schemas = member(message, "schemas");
    boolean listed =
        schemas.isPresent()
            && schemas.get() instanceof JsonArray array
            && array.stream()
                .anyMatch(v -> v instanceof JsonString s && s.getString().equalsIgnoreCase(urn));
    if (!listed) {
      throw ScimException.invalidSyntax("schemas must list " + urn);
    }
  }

  /** RFC 7643 §2.3.5 {@code dateTime}, in UTC. */
  static String dateTime(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The weak ETag of a version (RFC 7232 §2.3), also {@code meta.version}. */
  static String etag(long version) {
    return "W/\"" + version + "\"";
  }

  /** RFC 7643 §3.1 {@code meta}. */
  static JsonObjectBuilder meta(
      String resourceType,
      OffsetDateTime created,
      OffsetDateTime modified,
      String location,
      long version) {
    return JsonFactory.createObjectBuilder()
        .add("resourceType", resourceType)
        .add("created", dateTime(created))
        .add("lastModified", dateTime(modified))
        .add("location", location)
        .add("version", etag(version));
  }
}
