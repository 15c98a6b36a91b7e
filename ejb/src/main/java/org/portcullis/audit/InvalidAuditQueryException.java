package org.portcullis.audit;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A filter of the audit trail that cannot be applied (a malformed time, an unknown outcome). */
public class InvalidAuditQueryException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-audit-query", 400, "Invalid audit query");

  public InvalidAuditQueryException(String detail) {
    super(TYPE, detail);
  }
}
