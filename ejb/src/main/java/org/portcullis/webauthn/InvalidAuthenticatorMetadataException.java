package org.portcullis.webauthn;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A FIDO Metadata Service BLOB that does not verify against the FIDO root or cannot be read. */
public class InvalidAuthenticatorMetadataException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-authenticator-metadata", 400, "Invalid authenticator metadata");

  public InvalidAuthenticatorMetadataException(String detail) {
    super(TYPE, detail);
  }
}
