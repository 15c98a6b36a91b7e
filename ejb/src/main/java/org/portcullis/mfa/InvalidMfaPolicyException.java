package org.portcullis.mfa;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** An MFA policy that cannot be stored. */
public class InvalidMfaPolicyException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-mfa-policy", 400, "Invalid MFA policy");

  public InvalidMfaPolicyException(String detail) {
    super(TYPE, detail);
  }
}
