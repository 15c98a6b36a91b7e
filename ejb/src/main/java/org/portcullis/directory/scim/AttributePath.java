package org.portcullis.directory.scim;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SCIM attribute reference, RFC 7644 §3.4.2.2: {@code attrPath = [URI ":"] ATTRNAME *1subAttr},
 * e.g. {@code userName}, {@code name.familyName} or {@code
 * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber}.
 *
 * <p>Names keep the client's spelling; SCIM names are case-insensitive (RFC 7643 §2.1), so compare
 * and look up through {@link #normalized()}. Every component is validated here, so a path built in
 * code renders to text that parses back to an equal path.
 *
 * @param schemaUrn the schema URI before the last {@code ':'}, if the path is fully qualified
 * @param attribute the attribute name ({@code ATTRNAME})
 * @param subAttribute the sub-attribute after {@code '.'}, if any
 */
public record AttributePath(
    Optional<String> schemaUrn, String attribute, Optional<String> subAttribute) {

  // ATTRNAME = ALPHA *(nameChar); nameChar = "-" / "_" / DIGIT / ALPHA. "$ref" is not an ATTRNAME
  // by that rule, yet RFC 7643 §2.3.7 names the reference sub-attribute so; it is accepted as is.
  private static final Pattern ATTRNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|\\$(?i:ref)");

  // An absolute URI (RFC 3986 §4.3) without the characters that delimit filter tokens.
  private static final Pattern SCHEMA_URI =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+");

  public AttributePath {
    Objects.requireNonNull(schemaUrn, "schemaUrn");
    Objects.requireNonNull(subAttribute, "subAttribute");
    schemaUrn.filter(urn -> !isSchemaUri(urn)).ifPresent(AttributePath::invalid);
    if (!isAttributeName(Objects.requireNonNull(attribute, "attribute"))) {
      invalid(attribute);
    }
    subAttribute.filter(name -> !isAttributeName(name)).ifPresent(AttributePath::invalid);
  }

  /** An attribute without schema URI and sub-attribute, such as {@code userName}. */
  public static AttributePath of(String attribute) {
    return new AttributePath(Optional.empty(), attribute, Optional.empty());
  }

  /** A sub-attribute without schema URI, such as {@code name.familyName}. */
  public static AttributePath of(String attribute, String subAttribute) {
    return new AttributePath(Optional.empty(), attribute, Optional.of(subAttribute));
  }

  /** This path with every component in lower case, for case-insensitive comparison and lookup. */
  public AttributePath normalized() {
    return new AttributePath(
        schemaUrn.map(AttributePath::normalize),
        normalize(attribute),
        subAttribute.map(AttributePath::normalize));
  }

  /** The attribute name in lower case. */
  public String normalizedAttribute() {
    return normalize(attribute);
  }

  /** The sub-attribute name in lower case, if there is one. */
  public Optional<String> normalizedSubAttribute() {
    return subAttribute.map(AttributePath::normalize);
  }

  /** The path as a filter writes it, e.g. {@code urn:...:User:name.givenName}. */
  @Override
  public String toString() {
    return schemaUrn.map(urn -> urn + ":").orElse("")
        + attribute
        + subAttribute.map(name -> "." + name).orElse("");
  }

  static boolean isAttributeName(String name) {
    return ATTRNAME.matcher(name).matches();
  }

  static boolean isSchemaUri(String uri) {
    return SCHEMA_URI.matcher(uri).matches();
  }

  static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static void invalid(String component) {
    throw new IllegalArgumentException("Not a SCIM attribute path component: " + component);
  }
}
