package org.portcullis.tenant;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/**
 * Tenant-owned data was reached with no tenant in scope: a programming error, refused rather than
 * guessed.
 */
public class NoTenantInScopeException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("no-tenant-in-scope", 500, "No tenant in scope");

  public NoTenantInScopeException() {
    super(TYPE, "Tenant-owned data was reached outside a tenant scope");
  }
}
