package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A role name or description breaks its rule; the detail names the rule. */
public class InvalidRoleException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("invalid-role", 400, "Invalid role");

  public InvalidRoleException(String detail) {
    super(TYPE, detail);
  }
}
