package org.portcullis.directory.scim;

import java.util.Locale;
import java.util.Optional;

/**
 * The comparison operators of RFC 7644 §3.4.2.2 ({@code compareOp}, Table 3). {@code pr} is not
 * among them: it takes no value and is represented by {@link Filter.Present}. Keywords are
 * case-insensitive.
 */
public enum Operator {
  /** Equal. */
  EQ,
  /** Not equal. */
  NE,
  /** Contains: the value is a substring of the attribute value. */
  CO,
  /** Starts with. */
  SW,
  /** Ends with. */
  EW,
  /** Greater than. */
  GT,
  /** Greater than or equal to. */
  GE,
  /** Less than. */
  LT,
  /** Less than or equal to. */
  LE;

  /** The keyword in its canonical, lower-case spelling. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The operator spelled {@code keyword} in any case, if there is one. */
  public static Optional<Operator> fromKeyword(String keyword) {
    for (Operator operator : values()) {
      if (operator.name().equalsIgnoreCase(keyword)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return keyword();
  }
}
