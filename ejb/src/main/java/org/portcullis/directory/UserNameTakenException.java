package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/**
 * Another user of the tenant has this userName, compared without regard to case (RFC 7643 §4.1.1).
 */
public class UserNameTakenException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("user-name-taken", 409, "User name taken");

  public UserNameTakenException() {
    super(TYPE, "Another user of the tenant has this userName (compared without regard to case)");
  }
}
