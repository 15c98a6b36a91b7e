package org.portcullis.authorize;

/**
 * An error that goes back to the client at its redirect URI (RFC 6749 §4.1.2.1, OpenID Connect Core
 * §3.1.2.6), with the request's {@code state}.
 */
public class AuthorizationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String redirectUri;
  private final String state;

  AuthorizationError(String code, String description, String redirectUri, String state) {
    super(description);
    this.code = code;
    this.redirectUri = redirectUri;
    this.state = state;
  }

  /** The {@code error} value. */
  public String code() {
    return code;
  }

  public String redirectUri() {
    return redirectUri;
  }

  public String state() {
    return state;
  }
}
