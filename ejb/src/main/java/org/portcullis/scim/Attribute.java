package org.portcullis.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portcullis.platform.JsonFactory;

/**
 * An attribute definition of RFC 7643 §7: what {@code /Schemas} publishes, and what requests are
 * checked against (type, mutability, case sensitivity of comparisons).
 */
public record Attribute(
    String name,
    Type type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<String> canonicalValues,
    List<String> referenceTypes,
    List<Attribute> subAttributes) {

  /** RFC 7643 §2.3 data types used here. */
  public enum Type {
    STRING("string"),
    BOOLEAN("boolean"),
    DATE_TIME("dateTime"),
    REFERENCE("reference"),
    COMPLEX("complex");

    private final String json;

    Type(String json) {
      this.json = json;
    }
  }

  /** RFC 7643 §7 {@code mutability}. */
  public enum Mutability {
    READ_ONLY("readOnly"),
    READ_WRITE("readWrite"),
    IMMUTABLE("immutable"),
    WRITE_ONLY("writeOnly");

    private final String json;

    Mutability(String json) {
      this.json = json;
    }
  }

  /** RFC 7643 §7 {@code returned}. */
  public enum Returned {
    ALWAYS("always"),
    NEVER("never"),
    DEFAULT("default"),
    REQUEST("request");

    private final String json;

    Returned(String json) {
      this.json = json;
    }
  }

  /** RFC 7643 §7 {@code uniqueness}. */
  public enum Uniqueness {
    NONE("none"),
    SERVER("server"),
    GLOBAL("global");

    private final String json;

    Uniqueness(String json) {
      this.json = json;
    }
  }

  public Attribute {
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
    subAttributes = List.copyOf(subAttributes);
  }

  /** A single-valued, optional, case-insensitive, read-write string returned by default. */
  static Builder string(String name, String description) {
    return new Builder(name, Type.STRING, description);
  }

  /** A single-valued complex attribute with these sub-attributes. */
  static Builder complex(String name, String description, Builder... subAttributes) {
    Builder complex = new Builder(name, Type.COMPLEX, description);
    for (Builder sub : subAttributes) {
      complex.subAttributes.add(sub.build());
    }
    return complex;
  }

  /** Builds a definition from the defaults of RFC 7643 §2.2. */
  static final class Builder {
    private final String name;
    private Type type;
    private final String description;
    private boolean multiValued;
    private boolean required;
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private List<String> canonicalValues = List.of();
    private List<String> referenceTypes = List.of();
    private final List<Attribute> subAttributes = new ArrayList<>();

    private Builder(String name, Type type, String description) {
      this.name = name;
      this.type = type;
      this.description = description;
    }

    Builder ofType(Type newType) {
      this.type = newType;
      return this;
    }

    Builder multiValued() {
      this.multiValued = true;
      return this;
    }

    Builder required() {
      this.required = true;
      return this;
    }

    Builder caseExact() {
      this.caseExact = true;
      return this;
    }

    Builder mutability(Mutability newMutability) {
      this.mutability = newMutability;
      return this;
    }

    Builder returned(Returned newReturned) {
      this.returned = newReturned;
      return this;
    }

    Builder uniqueness(Uniqueness newUniqueness) {
      this.uniqueness = newUniqueness;
      return this;
    }

    Builder canonicalValues(String... values) {
      this.canonicalValues = List.of(values);
      return this;
    }

    Builder referenceTypes(String... types) {
      this.type = Type.REFERENCE;
      this.referenceTypes = List.of(types);
      return this;
    }

    Attribute build() {
      return new Attribute(
          name,
          type,
          multiValued,
          description,
          required,
          caseExact,
          mutability,
          returned,
          uniqueness,
          canonicalValues,
          referenceTypes,
          subAttributes);
    }
  }

  /** The sub-attribute named {@code subName} in any case. */
  public Optional<Attribute> subAttribute(String subName) {
    return subAttributes.stream().filter(a -> a.name.equalsIgnoreCase(subName)).findFirst();
  }

  /** Whether a client may write this attribute. */
  public boolean writable() {
    return mutability == Mutability.READ_WRITE
        || mutability == Mutability.WRITE_ONLY
        || mutability == Mutability.IMMUTABLE;
  }

  /** The name in lower case, for case-insensitive lookups (RFC 7643 §2.1). */
  public String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The RFC 7643 §7 representation. */
  public JsonObject toJson() {
    JsonObjectBuilder json =
        JsonFactory.createObjectBuilder()
            .add("name", name)
            .add("type", type.json)
            .add("multiValued", multiValued)
            .add("description", description)
            .add("required", required)
            .add("mutability", mutability.json)
            .add("returned", returned.json);
    if (type != Type.COMPLEX && type != Type.BOOLEAN) {
      json.add("caseExact", caseExact).add("uniqueness", uniqueness.json);
    }
    if (!canonicalValues.isEmpty()) {
      json.add("canonicalValues", array(canonicalValues));
    }
    if (!referenceTypes.isEmpty()) {
      json.add("referenceTypes", array(referenceTypes));
    }
    if (!subAttributes.isEmpty()) {
      JsonArrayBuilder subs = JsonFactory.createArrayBuilder();
      subAttributes.forEach(sub -> subs.add(sub.toJson()));
      json.add("subAttributes", subs);
    }
    return json.build();
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = JsonFactory.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
