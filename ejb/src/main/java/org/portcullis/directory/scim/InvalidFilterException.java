package org.portcullis.directory.scim;

/**
 * A SCIM filter or PATCH path that does not follow the grammar of RFC 7644 §3.4.2.2 or §3.5.2.
 *
 * <p>The message names what was expected and the 0-based character position in the input where the
 * problem was found (the input's length when the input ended too early). Messages quote only
 * attribute paths and keywords the parser has recognized, never comparison values, which may hold
 * personal data. The SCIM boundary answers 400 with {@link Kind#scimType()} (RFC 7644 §3.12).
 */
public final class InvalidFilterException extends RuntimeException {

  /** What was being parsed, which decides the SCIM error type. */
  public enum Kind {
    /** A {@code filter} parameter or search request attribute. */
    FILTER("invalidFilter", "filter"),
    /** A PATCH operation's {@code path}. */
    PATH("invalidPath", "path");

    private final String scimType;
    private final String noun;

    Kind(String scimType, String noun) {
      this.scimType = scimType;
      this.noun = noun;
    }

    /** The {@code scimType} of the error response (RFC 7644 §3.12, Table 9). */
    public String scimType() {
      return scimType;
    }

    String noun() {
      return noun;
    }
  }

  private final Kind kind;
  private final String reason;
  private final int position;

  public InvalidFilterException(Kind kind, String reason, int position) {
    super(reason + " at position " + position);
    this.kind = kind;
    this.reason = reason;
    this.position = position;
  }

  public Kind kind() {
    return kind;
  }

  /** The message without its position, for an error {@code detail}. */
  public String reason() {
    return reason;
  }

  /** The 0-based character offset in the input where the problem was found. */
  public int position() {
    return position;
  }
}
