package org.portcullis.platform;

/** The OAuth 2.0 error codes Portcullis answers with, and the HTTP status of each. */
public enum OAuthError {
  /** RFC 6749 §5.2. */
  INVALID_REQUEST("invalid_request", 400),
  /** RFC 6749 §5.2: client authentication failed; 401 with {@code WWW-Authenticate}. */
  INVALID_CLIENT("invalid_client", 401),
  /** RFC 6749 §5.2. */
  INVALID_GRANT("invalid_grant", 400),
  /** RFC 6749 §5.2. */
  UNAUTHORIZED_CLIENT("unauthorized_client", 400),
  /** RFC 6749 §5.2. */
  UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
  /** RFC 6749 §5.2. */
  INVALID_SCOPE("invalid_scope", 400),
  /** RFC 8707 §2. */
  INVALID_TARGET("invalid_target", 400),
  /** RFC 7591 §3.2.2: a redirect URI that may not be registered. */
  INVALID_REDIRECT_URI("invalid_redirect_uri", 400),
  /** RFC 7591 §3.2.2: other client metadata that may not be registered. */
  INVALID_CLIENT_METADATA("invalid_client_metadata", 400),
  /** RFC 6750 §3.1. */
  INVALID_TOKEN("invalid_token", 401),
  /** RFC 6750 §3.1. */
  INSUFFICIENT_SCOPE("insufficient_scope", 403);

  private final String code;
  private final int status;

  OAuthError(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /** The value of the {@code error} parameter. */
  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
