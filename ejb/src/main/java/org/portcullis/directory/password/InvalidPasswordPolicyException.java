package org.portcullis.directory.password;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A password policy that NIST SP 800-63B forbids or that cannot hold (minimum above maximum). */
public class InvalidPasswordPolicyException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-password-policy", 400, "Invalid password policy");

  public InvalidPasswordPolicyException(String detail) {
    super(TYPE, detail);
  }
}
