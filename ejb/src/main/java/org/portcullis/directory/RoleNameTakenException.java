package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** The tenant has a role with this name already. */
public class RoleNameTakenException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("role-name-taken", 409, "Role name taken");

  public RoleNameTakenException(RoleName name) {
    super(TYPE, "The tenant has a role " + name.value() + " already");
  }
}
