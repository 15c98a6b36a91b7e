package org.portcullis.directory.scim;

import java.util.Optional;
import org.portcullis.directory.scim.InvalidFilterException.Kind;

/** Reads the word of an {@code attrPath}, reporting the position of the part that is wrong. */
final class AttributePathSyntax {

  private final Token token;
  private final Kind kind;

  AttributePathSyntax(Token token, Kind kind) {
    this.token = token;
    this.kind = kind;
  }

  // attrPath = [URI ":"] ATTRNAME *1subAttr
  // The URI may hold ':' and '.' itself (urn:...:2.0:User); ATTRNAME holds neither, so the URI ends
  // at the last ':' and the sub-attribute starts after the first '.' that follows it.
  AttributePath attrPath() {
    String text = token.text();
    int colon = text.lastIndexOf(':');
    Optional<String> uri =
        colon < 0 ? Optional.empty() : Optional.of(uri(text.substring(0, colon)));
    int nameStart = colon + 1;
    String names = text.substring(nameStart);
    int dot = names.indexOf('.');
    if (dot < 0) {
      return new AttributePath(uri, attrName(names, nameStart), Optional.empty());
    }
    String attribute = attrName(names.substring(0, dot), nameStart);
    String subAttribute = subAttr(names.substring(dot + 1), nameStart + dot + 1);
    return new AttributePath(uri, attribute, Optional.of(subAttribute));
  }

  // subAttr = "." ATTRNAME, as a word of its own after the "]" of a PATCH path's valuePath
  String subAttrWord() {
    return subAttr(token.text().substring(1), 1);
  }

  // URI ":" (RFC 3986 Appendix A), a SCIM schema URI
  private String uri(String uri) {
    if (!AttributePath.isSchemaUri(uri)) {
      throw fail("Invalid schema URI in an attribute path", 0);
    }
    return uri;
  }

  // ATTRNAME = ALPHA *(nameChar); nameChar = "-" / "_" / DIGIT / ALPHA
  private String attrName(String name, int offset) {
    if (!AttributePath.isAttributeName(name)) {
      throw fail(name.isEmpty() ? "Expected an attribute name" : "Invalid attribute name", offset);
    }
    return name;
  }

  // subAttr = "." ATTRNAME; *1subAttr allows one
  private String subAttr(String name, int offset) {
    int dot = name.indexOf('.');
    if (dot >= 0) {
      throw fail("An attribute path has at most one sub-attribute", offset + dot);
    }
    if (!AttributePath.isAttributeName(name)) {
      throw fail("Expected a sub-attribute name after '.'", offset);
    }
    return name;
  }

  private InvalidFilterException fail(String reason, int offset) {
    return new InvalidFilterException(kind, reason, token.position() + offset);
  }
}
