package org.portcullis.tenant;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A tenant with this id exists already. */
public class TenantAlreadyExistsException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("tenant-exists", 409, "Tenant already exists");

  public TenantAlreadyExistsException(TenantId id) {
    super(TYPE, "A tenant " + id + " already exists");
  }
}
