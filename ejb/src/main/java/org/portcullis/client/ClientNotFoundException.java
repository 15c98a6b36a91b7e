package org.portcullis.client;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** The tenant has no client with this id. */
public class ClientNotFoundException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE = new ProblemType("client-not-found", 404, "No such client");

  public ClientNotFoundException(ClientId clientId) {
    super(TYPE, "No client " + clientId.value());
  }
}
