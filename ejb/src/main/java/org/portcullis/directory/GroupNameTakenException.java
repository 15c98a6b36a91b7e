package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** Another group of the tenant has this display name, compared without regard to case. */
public class GroupNameTakenException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("group-name-taken", 409, "Group name taken");

  public GroupNameTakenException(GroupName name) {
    super(
        TYPE, "The tenant has a group named " + name.value() + " already (compared without case)");
  }
}
