package org.portcullis.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.Filter;
import org.portcullis.directory.scim.InvalidFilterException;
import org.portcullis.directory.scim.PatchPath;
import org.portcullis.platform.JsonFactory;
import org.portcullis.scim.Attribute.Mutability;
import org.portcullis.scim.Attribute.Type;

/**
 * A SCIM PATCH request (RFC 7644 §3.5.2): its operations, applied in order to a resource's JSON,
 * all or nothing. The result is read again as a whole resource (as a PUT body is), so that every
 * rule of the resource holds after a PATCH as after a PUT.
 *
 * <p>Paths are checked against the schema: an unknown attribute is {@code invalidPath}, a read-only
 * one {@code mutability}, a value filter that selects nothing {@code noTarget}. Value filters are
 * evaluated here, on the values of the one resource being changed; searches never are.
 */
final class Patch {

  /** One operation: {@code add}, {@code replace} or {@code remove}. */
  record Operation(String op, Optional<PatchPath> path, Optional<JsonValue> value) {

    @Override
    public String toString() {
      return "Operation[" + op + "]"; // the path's filter and the value may hold personal data
    }
  }

  private final ResourceSchema schema;
  private final List<Operation> operations;

  private Patch(ResourceSchema schema, List<Operation> operations) {
    this.schema = schema;
    this.operations = operations;
  }

  /** Reads a {@code PatchOp} message; a malformed one is {@code invalidSyntax} or invalidPath. */
  static Patch read(ResourceSchema schema, JsonObject message) {
    ScimJson.requireSchema(message, ScimSchemas.PATCH_OP);
    List<JsonObject> items = ScimJson.objects(message, "Operations");
    if (items.isEmpty()) {
      throw ScimException.invalidSyntax("A PatchOp needs at least one operation");
    }
    List<Operation> operations = new ArrayList<>();
    for (JsonObject item : items) {
      String op =
          ScimJson.string(item, "op")
              .map(o -> o.toLowerCase(Locale.ROOT))
              .filter(o -> o.equals("add") || o.equals("replace") || o.equals("remove"))
              .orElseThrow(() -> ScimException.invalidSyntax("op is add, replace or remove"));
      Optional<PatchPath> path =
          ScimJson.string(item, "path").filter(p -> !p.isBlank()).map(Patch::parsePath);
      Optional<JsonValue> value = ScimJson.member(item, "value");
      if (!op.equals("remove") && value.isEmpty()) {
        throw ScimException.invalidSyntax("An " + op + " operation needs a value");
      }
      operations.add(new Operation(op, path, value));
    }
    return new Patch(schema, List.copyOf(operations));
  }

  List<Operation> operations() {
    return operations;
  }

  private static PatchPath parsePath(String path) {
    try {
      return PatchPath.parse(path);
    } catch (InvalidFilterException invalid) {
      throw ScimException.of(invalid);
    }
  }

  /** The resource after every operation; {@code resource} itself does not change. */
  JsonObject applyTo(JsonObject resource) {
    Map<String, Object> tree = toTree(resource);
    for (Operation operation : operations) {
      apply(tree, operation);
    }
    return (JsonObject) toJson(tree);
  }

  private void apply(Map<String, Object> tree, Operation operation) {
    if (operation.path().isPresent()) {
      applyAt(tree, operation.op(), operation.path().get(), operation.value());
      return;
    }
    if (operation.op().equals("remove")) {
      throw ScimException.noTarget("A remove operation needs a path");
    }
    if (!(operation.value().get() instanceof JsonObject attributes)) {
      throw ScimException.invalidSyntax("Without a path, the value is an object of attributes");
    }
    for (var entry : attributes.entrySet()) {
      if (!entry.getKey().equalsIgnoreCase("schemas")) {
        // Keys are attribute paths (some clients write "name.givenName" here).
        applyAt(tree, operation.op(), parsePath(entry.getKey()), Optional.of(entry.getValue()));
      }
    }
  }

  private void applyAt(
      Map<String, Object> tree, String op, PatchPath path, Optional<JsonValue> value) {
    AttributePath attributePath = path.attribute();
    Attribute top =
        schema
            .resolve(
                new AttributePath(
                    attributePath.schemaUrn(), attributePath.attribute(), Optional.empty()))
            .orElseThrow(() -> ScimException.invalidPath("No attribute " + attributePath));
    Optional<Attribute> sub =
        attributePath.subAttribute().or(path::subAttribute).map(name -> subAttribute(top, name));
    requireWritable(top);
    sub.ifPresent(Patch::requireWritable);
    String key = top.name();
    if (path.valueFilter().isPresent()) {
      applyToValues(tree, op, top, path.valueFilter().get(), sub, value);
    } else if (top.multiValued()) {
      if (sub.isPresent()) {
        throw ScimException.invalidPath("Select values of " + top.name() + " with a filter");
      }
      applyToAll(tree, op, top, value);
    } else if (sub.isPresent()) {
      Map<String, Object> complex = object(tree, key, !op.equals("remove"));
      if (complex != null) {
        set(complex, sub.get().name(), op.equals("remove") ? null : plain(sub.get(), value.get()));
      }
    } else if (top.type() == Type.COMPLEX && !op.equals("remove")) {
      Map<String, Object> complex = object(tree, key, true);
      Map<String, Object> given = asObject(top, value.get());
      given.forEach((name, v) -> set(complex, subAttribute(top, name).name(), v));
    } else {
      set(tree, key, op.equals("remove") ? null : plain(top, value.get()));
    }
  }

  /** {@code emails[type eq "work"]} and {@code emails[type eq "work"].value}. */
  private void applyToValues(
      Map<String, Object> tree,
      String op,
      Attribute top,
      Filter filter,
      Optional<Attribute> sub,
      Optional<JsonValue> value) {
    if (!top.multiValued() || top.type() != Type.COMPLEX) {
      throw ScimException.invalidPath("A value filter selects values of a multi-valued attribute");
    }
    List<Object> values = list(tree, top.name());
    List<Object> matched = new ArrayList<>();
    for (Object element : values) {
      if (ValueFilter.matches(filter, asMap(element), top)) {
        matched.add(element);
      }
    }
    if (matched.isEmpty()) {
      throw ScimException.noTarget("No value of " + top.name() + " matches the filter");
    }
    for (Object element : matched) {
      Map<String, Object> target = asMap(element);
      if (op.equals("remove")) {
        if (sub.isPresent()) {
          target.remove(sub.get().name());
        } else {
          values.remove(element);
        }
      } else if (sub.isPresent()) {
        target.put(sub.get().name(), plain(sub.get(), value.get()));
      } else {
        asObject(top, value.get())
            .forEach((name, v) -> target.put(subAttribute(top, name).name(), v));
      }
    }
    primaryAtMostOnce(values, matched);
  }

  /** {@code emails} as a whole: add values, replace them all, remove some or all. */
  private void applyToAll(
      Map<String, Object> tree, String op, Attribute top, Optional<JsonValue> value) {
    List<Object> values = list(tree, top.name());
    List<Object> given = new ArrayList<>();
    value.ifPresent(v -> given.addAll(elements(top, v)));
    switch (op) {
      case "add" -> given.stream().filter(v -> !values.contains(v)).forEach(values::add);
      case "replace" -> {
        values.clear();
        values.addAll(given);
      }
      default -> {
        if (given.isEmpty()) {
          values.clear();
        } else {
          // Some clients name the values to remove in "value" instead of a filter.
          given.forEach(v -> values.removeIf(existing -> sameValue(existing, v)));
        }
      }
    }
    primaryAtMostOnce(values, given);
  }

  /** RFC 7643 §2.4: at most one value is primary; the value just given wins. */
  private static void primaryAtMostOnce(List<Object> values, List<Object> given) {
    boolean givenPrimary =
        given.stream().anyMatch(v -> v instanceof Map<?, ?> m && isTrue(m.get("primary")));
    if (givenPrimary) {
      for (Object v : values) {
        if (!given.contains(v) && v instanceof Map<?, ?> m && m.containsKey("primary")) {
          asMap(v).put("primary", JsonValue.FALSE);
        }
      }
    }
  }

  private static boolean isTrue(Object value) {
    return value == JsonValue.TRUE
        || (value instanceof JsonString s && s.getString().equalsIgnoreCase("true"));
  }

  private static boolean sameValue(Object existing, Object given) {
    if (existing instanceof Map<?, ?> e && given instanceof Map<?, ?> g) {
      return g.get("value") != null && g.get("value").equals(e.get("value"));
    }
    return existing.equals(given);
  }

  private static Attribute subAttribute(Attribute top, String name) {
    return top.subAttribute(name)
        .orElseThrow(() -> ScimException.invalidPath("No attribute " + top.name() + "." + name));
  }

  private static void requireWritable(Attribute attribute) {
    if (attribute.mutability() == Mutability.READ_ONLY) {
      throw ScimException.mutability(attribute.name() + " is read-only");
    }
  }

  // --- the mutable tree: objects are LinkedHashMaps, arrays ArrayLists, leaves JsonValues ---

  private static List<Object> elements(Attribute top, JsonValue value) {
    List<Object> elements = new ArrayList<>();
    if (value instanceof JsonArray array) {
      array.forEach(v -> elements.add(element(top, v)));
    } else {
      elements.add(element(top, value));
    }
    return elements;
  }

  private static Object element(Attribute top, JsonValue value) {
    if (top.type() != Type.COMPLEX) {
      return value;
    }
    Map<String, Object> element = new LinkedHashMap<>();
    asObject(top, value).forEach((name, v) -> element.put(subAttribute(top, name).name(), v));
    return element;
  }

  private static Map<String, Object> asObject(Attribute top, JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      throw ScimException.invalidValue(top.name() + " takes an object");
    }
    return toTree(object);
  }

  private static Object plain(Attribute attribute, JsonValue value) {
    if (value instanceof JsonObject || value instanceof JsonArray) {
      throw ScimException.invalidValue(attribute.name() + " takes a single value");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object element) {
    if (element instanceof Map<?, ?>) {
      return (Map<String, Object>) element;
    }
    throw ScimException.invalidValue("A value of a complex attribute is an object");
  }

  private static Map<String, Object> object(Map<String, Object> tree, String key, boolean create) {
    Object existing = get(tree, key);
    if (existing == null && create) {
      Map<String, Object> created = new LinkedHashMap<>();
      set(tree, key, created);
      return created;
    }
    return existing == null ? null : asMap(existing);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> tree, String key) {
    Object existing = get(tree, key);
    if (existing instanceof List<?>) {
      return (List<Object>) existing;
    }
    List<Object> created = new ArrayList<>();
    set(tree, key, created);
    return created;
  }

  private static Object get(Map<String, Object> tree, String key) {
    return tree.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * Sets (or with null removes) the member named {@code key} in any case, under its schema name.
   */
  private static void set(Map<String, Object> tree, String key, Object value) {
    tree.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
    if (value != null && value != JsonValue.NULL) {
      tree.put(key, value);
    }
  }

  static Map<String, Object> toTree(JsonObject object) {
    Map<String, Object> tree = new LinkedHashMap<>();
    object.forEach((key, value) -> tree.put(key, fromJson(value)));
    return tree;
  }

  private static Object fromJson(JsonValue value) {
    if (value instanceof JsonObject object) {
      return toTree(object);
    }
    if (value instanceof JsonArray array) {
      List<Object> list = new ArrayList<>();
      array.forEach(v -> list.add(fromJson(v)));
      return list;
    }
    return value;
  }

  private static JsonValue toJson(Object node) {
    if (node instanceof Map<?, ?> map) {
      JsonObjectBuilder object = JsonFactory.createObjectBuilder();
      map.forEach((key, value) -> object.add((String) key, toJson(value)));
      return object.build();
    }
    if (node instanceof List<?> list) {
      JsonArrayBuilder array = JsonFactory.createArrayBuilder();
      list.forEach(value -> array.add(toJson(value)));
      return array.build();
    }
    return (JsonValue) node;
  }
}
