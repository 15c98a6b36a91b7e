package org.portcullis.console.signin;

import java.io.Serializable;

/**
 * A sign-in the console started: kept in the browser's HTTP session until the authorization
 * response comes back, so that only this browser can finish it (state), with its own PKCE verifier
 * and nonce.
 */
record PendingSignIn(
    String tenant,
    String issuer,
    String state,
    String nonce,
    String verifier,
    String callback,
    String returnTo)
    implements Serializable {

  static final String ATTRIBUTE = PendingSignIn.class.getName();

  @Override
  public String toString() {
    return "PendingSignIn[tenant=" + tenant + "]";
  }
}
