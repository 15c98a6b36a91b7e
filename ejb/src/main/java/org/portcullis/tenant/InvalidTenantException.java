package org.portcullis.tenant;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** Tenant data that breaks one of the tenant's rules. */
public class InvalidTenantException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("invalid-tenant", 400, "Invalid tenant");

  public InvalidTenantException(String detail) {
    super(TYPE, detail);
  }
}
