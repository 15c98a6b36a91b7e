package org.portcullis.directory;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A group attribute breaks its rule; the detail names the rule. */
public class InvalidGroupException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("invalid-group", 400, "Invalid group");

  public InvalidGroupException(String detail) {
    super(TYPE, detail);
  }
}
