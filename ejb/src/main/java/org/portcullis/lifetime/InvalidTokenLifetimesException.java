package org.portcullis.lifetime;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** Token lifetimes out of their bounds, or an idle lifetime longer than its absolute one. */
public class InvalidTokenLifetimesException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-token-lifetimes", 400, "Invalid token lifetimes");

  public InvalidTokenLifetimesException(String detail) {
    super(TYPE, detail);
  }
}
