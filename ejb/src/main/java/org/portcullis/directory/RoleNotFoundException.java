package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** The tenant in scope has no role with this name. */
public class RoleNotFoundException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("role-not-found", 404, "Role not found");

  public RoleNotFoundException(RoleName name) {
    super(TYPE, "No role " + name.value());
  }
}
