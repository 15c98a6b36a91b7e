package org.portcullis.client;

import java.util.regex.Pattern;

/**
 * An OAuth client identifier: 1 to 255 visible ASCII characters (RFC 6749 §2.2, Appendix A.1 {@code
 * VSCHAR}, without space so that it stays one token everywhere).
 */
public record ClientId(String value) {

  private static final Pattern SYNTAX = Pattern.compile("[\\x21-\\x7E]{1,255}");

  public ClientId {
    if (value == null || !SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException("A client_id is 1 to 255 visible ASCII characters");
    }
  }

  public static boolean isValid(String candidate) {
    return candidate != null && SYNTAX.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
