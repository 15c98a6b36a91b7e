package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** The tenant in scope has no group with this id. */
public class GroupNotFoundException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("group-not-found", 404, "Group not found");

  public GroupNotFoundException(String id) {
    super(TYPE, "No group " + id);
  }
}
