package org.portcullis.platform;

/** A page was asked for with an offset or limit out of range. */
public class InvalidPageRequestException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-page-request", 400, "Invalid page request");

  public InvalidPageRequestException(String detail) {
    super(TYPE, detail);
  }
}
