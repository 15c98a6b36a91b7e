package org.portcullis.directory.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.portcullis.directory.scim.InvalidFilterException.Kind;
import org.portcullis.directory.scim.Token.Type;

/**
 * Splits a filter or path into {@link Token}s on demand, so that errors surface in input order.
 * Whitespace (SP, HTAB, CR, LF) separates tokens; its amount carries no meaning. JSON strings are
 * decoded here (RFC 8259 §7).
 */
final class FilterLexer {

  /** Longest input read, in characters: bounds the work a hostile filter or path can cause. */
  static final int MAX_INPUT_LENGTH = 4096;

  private final String input;
  private final Kind kind;
  private final List<Token> lookahead = new ArrayList<>();
  private int offset;

  /**
   * Prepares to read {@code input}.
   *
   * @throws InvalidFilterException when {@code input} is longer than {@link #MAX_INPUT_LENGTH},
   *     checked before any of it is read, or holds nothing but whitespace
   */
  FilterLexer(String input, Kind kind) {
    this.input = Objects.requireNonNull(input, kind.noun());
    this.kind = kind;
    if (input.length() > MAX_INPUT_LENGTH) {
      String reason = "The " + kind.noun() + " is longer than " + MAX_INPUT_LENGTH + " characters";
      throw fail(reason, MAX_INPUT_LENGTH);
    }
    if (peek().is(Type.END)) {
      throw fail("The " + kind.noun() + " is empty", 0);
    }
  }

  Token peek() {
    return peek(0);
  }

  /** The token {@code ahead} places after the next one. */
  Token peek(int ahead) {
    while (lookahead.size() <= ahead) {
      lookahead.add(scan());
    }
    return lookahead.get(ahead);
  }

  Token next() {
    Token token = peek();
    lookahead.remove(0);
    return token;
  }

  private Token scan() {
    int start = offset;
    while (offset < input.length() && isWhitespace(input.charAt(offset))) {
      offset++;
    }
    boolean spaceBefore = offset > start;
    if (offset == input.length()) {
      return new Token(Type.END, "", offset, spaceBefore);
    }
    char c = input.charAt(offset);
    Type delimiter = delimiter(c);
    if (delimiter != null) {
      return new Token(delimiter, String.valueOf(c), offset++, spaceBefore);
    }
    return c == '"' ? string(spaceBefore) : word(spaceBefore);
  }

  private Token word(boolean spaceBefore) {
    int start = offset;
    while (offset < input.length() && !endsWord(input.charAt(offset))) {
      offset++;
    }
    return new Token(Type.WORD, input.substring(start, offset), start, spaceBefore);
  }

  // string = quotation-mark *char quotation-mark (RFC 8259 §7)
  private Token string(boolean spaceBefore) {
    int start = offset++;
    StringBuilder value = new StringBuilder();
    while (offset < input.length()) {
      char c = input.charAt(offset);
      if (c == '"') {
        offset++;
        return new Token(Type.STRING, checked(value.toString(), start), start, spaceBefore);
      }
      if (c < 0x20) {
        throw fail("Unescaped control character in a string", offset);
      }
      if (c == '\\') {
        value.append(escape(start));
      } else {
        value.append(c);
        offset++;
      }
    }
    throw fail("Unterminated string", start);
  }

  // escape = "\" ( %x22 / %x5C / %x2F / %x62 / %x66 / %x6E / %x72 / %x74 / %x75 4HEXDIG )
  private char escape(int stringStart) {
    if (offset + 1 >= input.length()) {
      throw fail("Unterminated string", stringStart);
    }
    int at = offset;
    char c = input.charAt(offset + 1);
    offset += 2;
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape(at);
      default -> throw fail("Invalid escape sequence in a string", at);
    };
  }

  private char unicodeEscape(int at) {
    if (offset + 4 > input.length()) {
      throw fail("Invalid \\u escape in a string", at);
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(input.charAt(offset + i), 16);
      if (digit < 0) {
        throw fail("Invalid \\u escape in a string", at);
      }
      code = code * 16 + digit;
    }
    offset += 4;
    return (char) code;
  }

  private String checked(String value, int start) {
    // A lone surrogate decodes from a \\u escape but has no UTF-8 form for a database query.
    if (JsonText.hasUnpairedSurrogate(value)) {
      throw fail("Unpaired UTF-16 surrogate in a string", start);
    }
    return value;
  }

  private InvalidFilterException fail(String reason, int position) {
    return new InvalidFilterException(kind, reason, position);
  }

  private static Type delimiter(char c) {
    return switch (c) {
      case '(' -> Type.LEFT_PAREN;
      case ')' -> Type.RIGHT_PAREN;
      case '[' -> Type.LEFT_BRACKET;
      case ']' -> Type.RIGHT_BRACKET;
      default -> null;
    };
  }

  private static boolean endsWord(char c) {
    return isWhitespace(c) || c == '"' || delimiter(c) != null;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
