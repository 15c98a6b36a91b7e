package org.portcullis.client;

import java.util.Arrays;
import java.util.Optional;

/** How a client authenticates at the token endpoint (RFC 7591 §2 token_endpoint_auth_method). */
public enum AuthMethod {
  /** RFC 6749 §2.3.1, HTTP Basic. */
  CLIENT_SECRET_BASIC("client_secret_basic"),
  /** RFC 6749 §2.3.1, in the form body. */
  CLIENT_SECRET_POST("client_secret_post"),
  /** RFC 7523 §2.2, a JWT signed with the client's key. */
  PRIVATE_KEY_JWT("private_key_jwt"),
  /** A public client (RFC 6749 §2.1), which cannot keep a secret. */
  NONE("none");

  private final String value;

  AuthMethod(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** Whether this method authenticates with a client secret. */
  public boolean usesSecret() {
    return this == CLIENT_SECRET_BASIC || this == CLIENT_SECRET_POST;
  }

  public static Optional<AuthMethod> fromValue(String value) {
    return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
  }
}
