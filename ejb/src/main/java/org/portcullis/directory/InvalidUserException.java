package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A user attribute breaks its rule; the detail names the rule, never the rejected value. */
public class InvalidUserException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("invalid-user", 400, "Invalid user");

  public InvalidUserException(String detail) {
    super(TYPE, detail);
  }
}
