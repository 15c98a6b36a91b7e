package org.portcullis.directory.scim;

import java.util.Objects;
import java.util.Optional;

/**
 * The target of a PATCH operation, RFC 7644 §3.5.2 (Figure 7): {@code PATH = attrPath / valuePath
 * [subAttr]}, e.g. {@code name.familyName}, {@code members[value eq "2819c223"]} or {@code
 * emails[type eq "work"].value}.
 *
 * <p>{@link #toString()} renders text that {@link #parse(String)} turns back into an equal path;
 * like a filter's, it may hold personal data in the value filter.
 *
 * @param attribute the attribute addressed, with its own sub-attribute when there is no filter
 * @param valueFilter selects values of a multi-valued attribute; holds no nested value filter
 * @param subAttribute the sub-attribute after {@code ']'}; present only with a value filter, since
 *     without one it belongs to {@code attribute}
 */
public record PatchPath(
    AttributePath attribute, Optional<Filter> valueFilter, Optional<String> subAttribute) {

  public PatchPath {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(valueFilter, "valueFilter");
    Objects.requireNonNull(subAttribute, "subAttribute");
    // Same rule as a filter's valuePath: the constructor refuses a nested value filter.
    valueFilter.ifPresent(filter -> new Filter.ValuePath(attribute, filter));
    if (subAttribute.isPresent() && valueFilter.isEmpty()) {
      throw new IllegalArgumentException(
          "Without a value filter the sub-attribute belongs in the attribute");
    }
    if (!subAttribute.map(AttributePath::isAttributeName).orElse(true)) {
      throw new IllegalArgumentException("Not a SCIM sub-attribute name");
    }
  }

  /** A path without value filter, such as {@code members} or {@code name.givenName}. */
  public static PatchPath of(AttributePath attribute) {
    return new PatchPath(attribute, Optional.empty(), Optional.empty());
  }

  /**
   * Parses a PATCH operation's {@code path}. Input longer than 4096 characters or nested deeper
   * than 32 levels is refused.
   *
   * @throws InvalidFilterException of kind {@link InvalidFilterException.Kind#PATH} when {@code
   *     path} is not a path
   */
  public static PatchPath parse(String path) {
    return FilterParser.parsePath(path);
  }

  /** The sub-attribute after {@code ']'} in lower case, if there is one. */
  public Optional<String> normalizedSubAttribute() {
    return subAttribute.map(AttributePath::normalize);
  }

  @Override
  public String toString() {
    return attribute
        + valueFilter.map(filter -> "[" + filter + "]").orElse("")
        + subAttribute.map(name -> "." + name).orElse("");
  }
}
