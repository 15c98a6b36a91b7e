package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** The tenant in scope has no user with this id. */
public class UserNotFoundException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("user-not-found", 404, "User not found");

  public UserNotFoundException(String id) {
    super(TYPE, "No user " + id);
  }
}
