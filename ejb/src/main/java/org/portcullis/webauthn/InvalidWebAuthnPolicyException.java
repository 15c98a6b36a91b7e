package org.portcullis.webauthn;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A WebAuthn policy that cannot be stored. */
public class InvalidWebAuthnPolicyException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-webauthn-policy", 400, "Invalid WebAuthn policy");

  public InvalidWebAuthnPolicyException(String detail) {
    super(TYPE, detail);
  }
}
