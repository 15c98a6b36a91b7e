package org.portcullis.scim;

import java.util.Arrays;

/** {@code If-Match} (RFC 7232 §3.1, RFC 7644 §3.14) against a resource's version. */
final class Versions {

  private Versions() {}

  /**
   * Refuses the change with 412 when {@code ifMatch} is given and names neither this version nor
   * {@code *}. Weak and strong forms of the tag compare equal.
   */
  static void requireMatch(String ifMatch, long version) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    String current = "\"" + version + "\"";
    boolean matches =
        Arrays.stream(ifMatch.split(","))
            .map(String::strip)
            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
            .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    if (!matches) {
      throw ScimException.preconditionFailed();
    }
  }
}
