package org.portcullis.platform;

import jakarta.ejb.ApplicationException;

/**
 * An OAuth 2.0 protocol error (RFC 6749 §5.2, RFC 6750 §3.1), answered in the protocol's own
 * format. The description is shown to the client and must never contain a secret.
 */
@ApplicationException(rollback = true, inherited = true)
public class OAuthException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final OAuthError error;

  public OAuthException(OAuthError error, String description) {
    super(description);
    this.error = error;
  }

  public OAuthError error() {
    return error;
  }

  public String description() {
    return getMessage();
  }
}
