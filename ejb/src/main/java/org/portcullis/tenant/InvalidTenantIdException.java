package org.portcullis.tenant;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A tenant id that is not a lower-case DNS label. */
public class InvalidTenantIdException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-tenant-id", 400, "Invalid tenant id");

  public InvalidTenantIdException() {
    super(
        TYPE, "A tenant id is a lower-case DNS label of 1 to 63 letters, digits and inner dashes");
  }
}
