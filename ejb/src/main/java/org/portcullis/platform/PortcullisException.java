package org.portcullis.platform;

import jakarta.ejb.ApplicationException;

/**
 * A domain failure that the admin REST API reports as an RFC 9457 problem. Each subclass is named
 * for what went wrong and declares its {@link ProblemType}; the message is the problem's {@code
 * detail} and never contains a secret.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class PortcullisException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ProblemType type;

  protected PortcullisException(ProblemType type, String detail) {
    super(detail);
    this.type = type;
  }

  public ProblemType problemType() {
    return type;
  }
}
