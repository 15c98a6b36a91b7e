package org.portcullis.tenant;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** The system tenant cannot be deleted. */
public class ProtectedTenantException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("tenant-protected", 409, "Tenant cannot be deleted");

  public ProtectedTenantException(TenantId id) {
    super(TYPE, "The tenant " + id + " always exists");
  }
}
