package org.portcullis.directory.scim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A comparison value, RFC 7644 §3.4.2.2: {@code compValue = false / null / true / number / string},
 * each by the rules of JSON (RFC 7159). Strings keep their case; whether a comparison is
 * case-sensitive is the attribute's {@code caseExact}, decided where the filter is applied. {@link
 * #toString()} renders the JSON text.
 */
public sealed interface Value
    permits Value.StringValue, Value.NumberValue, Value.BooleanValue, Value.NullValue {

  /**
   * A JSON string, escapes already decoded.
   *
   * @param value the text; never holds an unpaired UTF-16 surrogate, which no database could store
   */
  record StringValue(String value) implements Value {
    public StringValue {
      if (JsonText.hasUnpairedSurrogate(Objects.requireNonNull(value, "value"))) {
        throw new IllegalArgumentException("A string value must not hold an unpaired surrogate");
      }
    }

    @Override
    public String toString() {
      return JsonText.quote(value);
    }
  }

  /**
   * A JSON number. It compares with {@link BigDecimal#equals}, so {@code 1.0} and {@code 1.00} are
   * different values as written; compare numerically with {@link BigDecimal#compareTo}.
   */
  record NumberValue(BigDecimal value) implements Value {
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** JSON {@code true} or {@code false}. */
  record BooleanValue(boolean value) implements Value {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** JSON {@code null}. */
  record NullValue() implements Value {
    @Override
    public String toString() {
      return "null";
    }
  }
}
