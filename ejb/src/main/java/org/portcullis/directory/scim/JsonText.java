package org.portcullis.directory.scim;

/** JSON string rendering (RFC 8259 §7) and the surrogate check shared by parser and values. */
final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** {@code text} as a JSON string literal that any JSON parser decodes back to {@code text}. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> appendPlainOrEscaped(json, c);
      }
    }
    return json.append('"').toString();
  }

  /** Whether {@code text} has a surrogate that is not part of a high-low pair. */
  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static void appendPlainOrEscaped(StringBuilder json, char c) {
    // RFC 8259 §7: control characters must be escaped; everything else may stay as it is.
    if (c >= 0x20) {
      json.append(c);
      return;
    }
    json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
  }
}
