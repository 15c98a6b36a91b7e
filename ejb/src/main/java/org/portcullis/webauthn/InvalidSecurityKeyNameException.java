package org.portcullis.webauthn;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A security key's name is empty, too long or has control characters. */
public class InvalidSecurityKeyNameException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-security-key-name", 400, "Invalid security key name");

  public InvalidSecurityKeyNameException(String detail) {
    super(TYPE, detail);
  }
}
