package org.portcullis.client;

import java.util.Arrays;
import java.util.Optional;

/** The OAuth grant types a client may be registered for, by their protocol names. */
public enum GrantType {
  /** RFC 6749 §4.1, with PKCE (RFC 7636). */
  AUTHORIZATION_CODE("authorization_code"),
  /** RFC 6749 §4.4. */
  CLIENT_CREDENTIALS("client_credentials"),
  /** RFC 6749 §6, rotated on every use. */
  REFRESH_TOKEN("refresh_token");

  private final String value;

  GrantType(String value) {
    this.value = value;
  }

  /** The {@code grant_type} parameter value. */
  public String value() {
    return value;
  }

  public static Optional<GrantType> fromValue(String value) {
    return Arrays.stream(values()).filter(g -> g.value.equals(value)).findFirst();
  }
}
