package org.portcullis.authorize;

/**
 * An authorization request whose client or redirect URI cannot be trusted (RFC 6749 §4.1.2.1): the
 * error is shown to the user and never sent to the redirect URI, which would make the endpoint an
 * open redirector (RFC 9700 §4.11). The message is fit for the user to read.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class UnsafeAuthorizationRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnsafeAuthorizationRequestException(String message) {
    super(message);
  }
}
