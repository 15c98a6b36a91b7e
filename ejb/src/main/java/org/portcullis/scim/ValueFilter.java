package org.portcullis.scim;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.Filter;
import org.portcullis.directory.scim.Operator;
import org.portcullis.directory.scim.Value;
import org.portcullis.scim.Attribute.Type;

/**
 * Evaluates the value filter of a PATCH path ({@code emails[type eq "work"]}) on one value of a
 * multi-valued attribute of the resource being patched. Searches never come here: they are
 * translated into queries ({@link ScimQueries}).
 */
final class ValueFilter {

  private ValueFilter() {}

  /** Whether {@code value}, one value of {@code parent}, satisfies {@code filter}. */
  static boolean matches(Filter filter, Map<String, Object> value, Attribute parent) {
    if (filter instanceof Filter.And and) {
      return and.operands().stream().allMatch(f -> matches(f, value, parent));
    }
    if (filter instanceof Filter.Or or) {
      return or.operands().stream().anyMatch(f -> matches(f, value, parent));
    }
    if (filter instanceof Filter.Not not) {
      return !matches(not.filter(), value, parent);
    }
    if (filter instanceof Filter.Present present) {
      Object actual = actual(present.path(), value, parent);
      return actual != null && !(actual instanceof JsonString s && s.getString().isEmpty());
    }
    Filter.Comparison comparison = (Filter.Comparison) filter;
    Attribute sub = sub(comparison.path(), parent);
    return compare(
        sub, actual(comparison.path(), value, parent), comparison.operator(), comparison.value());
  }

  private static Attribute sub(AttributePath path, Attribute parent) {
    if (path.schemaUrn().isPresent() || path.subAttribute().isPresent()) {
      throw ScimException.invalidPath("A value filter names sub-attributes of " + parent.name());
    }
    return parent
        .subAttribute(path.attribute())
        .orElseThrow(() -> ScimException.invalidPath("No attribute " + parent.name() + "." + path));
  }

  private static Object actual(AttributePath path, Map<String, Object> value, Attribute parent) {
    Attribute sub = sub(path, parent);
    return value.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(sub.name()))
        .map(Map.Entry::getValue)
        .filter(v -> v != JsonValue.NULL)
        .findFirst()
        .orElse(null);
  }

  private static boolean compare(Attribute sub, Object actual, Operator operator, Value expected) {
    if (expected instanceof Value.NullValue) {
      return (operator == Operator.EQ) == (actual == null);
    }
    if (actual == null) {
      return operator == Operator.NE;
    }
    if (sub.type() == Type.BOOLEAN) {
      boolean is = ScimJson.bool((JsonValue) actual, sub.name());
      if (!(expected instanceof Value.BooleanValue bool)) {
        throw ScimException.invalidFilter(sub.name() + " compares with true or false");
      }
      return switch (operator) {
        case EQ -> is == bool.value();
        case NE -> is != bool.value();
        default -> throw ScimException.invalidFilter(operator + " does not compare booleans");
      };
    }
    if (!(expected instanceof Value.StringValue string)) {
      throw ScimException.invalidFilter(sub.name() + " compares with a string");
    }
    String left = text(actual);
    String right = string.value();
    if (!sub.caseExact()) {
      left = left.toLowerCase(Locale.ROOT);
      right = right.toLowerCase(Locale.ROOT);
    }
    return switch (operator) {
      case EQ -> left.equals(right);
      case NE -> !left.equals(right);
      case CO -> left.contains(right);
      case SW -> left.startsWith(right);
      case EW -> left.endsWith(right);
      case GT -> left.compareTo(right) > 0;
      case GE -> left.compareTo(right) >= 0;
      case LT -> left.compareTo(right) < 0;
      case LE -> left.compareTo(right) <= 0;
    };
  }

  private static String text(Object actual) {
    if (actual instanceof JsonString s) {
      return s.getString();
    }
    if (actual instanceof JsonNumber n) {
      return n.toString();
    }
    return String.valueOf(actual);
  }
}
