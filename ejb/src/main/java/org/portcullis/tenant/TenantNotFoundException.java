package org.portcullis.tenant;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** No tenant has this id. */
public class TenantNotFoundException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("tenant-not-found", 404, "Tenant not found");

  public TenantNotFoundException(String id) {
    super(TYPE, "No tenant " + id);
  }
}
