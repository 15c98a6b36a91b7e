package org.portcullis.platform;

/**
 * An RFC 9457 problem type: its URN ({@code urn:portcullis:problem:{name}}), the HTTP status it
 * answers with, and a title that does not change from occurrence to occurrence.
 */
public record ProblemType(String name, int status, String title) {

  public ProblemType {
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("problem type names are lower-case words with dashes");
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem answers with a 4xx or 5xx status");
    }
  }

  /** The {@code type} member of the problem document. */
  public String uri() {
    return "urn:portcullis:problem:" + name;
  }
}
