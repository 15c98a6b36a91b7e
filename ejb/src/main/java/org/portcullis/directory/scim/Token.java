package org.portcullis.directory.scim;

/**
 * A lexical unit of a filter or path.
 *
 * @param type what kind of unit
 * @param text a word's characters as written, a string's decoded value, a delimiter itself
 * @param position 0-based offset of the token's first character; the input's length for {@code END}
 * @param spaceBefore whether whitespace precedes it, for rules that forbid a space (before {@code
 *     '['} and before a sub-attribute after {@code ']'})
 */
record Token(Type type, String text, int position, boolean spaceBefore) {

  enum Type {
    /** A run of characters up to whitespace or a delimiter: a path, keyword, number or literal. */
    WORD,
    /** A JSON string. */
    STRING,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    END
  }

  boolean is(Type expected) {
    return type == expected;
  }

  /** Whether this is a {@code .name} word right after {@code ']'}, with no space between. */
  boolean isSubAttributeAfterBracket() {
    return type == Type.WORD && !spaceBefore && text.startsWith(".");
  }

  /** Whether this is a word spelling {@code keyword} in any case. */
  boolean isKeyword(String keyword) {
    return type == Type.WORD && text.equalsIgnoreCase(keyword);
  }
}
