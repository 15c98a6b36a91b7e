package org.portcullis.webauthn;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** No such security key in the tenant. */
public class SecurityKeyNotFoundException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("security-key-not-found", 404, "Security key not found");

  public SecurityKeyNotFoundException(String detail) {
    super(TYPE, detail);
  }
}
