package org.portcullis.webauthn;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** No FIDO Metadata Service BLOB was uploaded yet. */
public class NoAuthenticatorMetadataException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("no-authenticator-metadata", 404, "No authenticator metadata");

  public NoAuthenticatorMetadataException(String detail) {
    super(TYPE, detail);
  }
}
