package org.portcullis.scim;

import jakarta.ejb.ApplicationException;
import org.portcullis.directory.scim.InvalidFilterException;
import org.portcullis.platform.PortcullisException;

/**
 * A request the SCIM service provider refuses, answered as an RFC 7644 §3.12 error: the HTTP
 * status, the {@code scimType} of Table 9 where one applies, and a detail that names the rule,
 * never a secret or a value from the request.
 */
@ApplicationException(rollback = true, inherited = true)
public class ScimException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String scimType;

  public ScimException(int status, String scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  /** 400 {@code invalidFilter}. */
  public static ScimException invalidFilter(String detail) {
    return new ScimException(400, "invalidFilter", detail);
  }

  /** 400 {@code invalidValue}: a value of the wrong type or shape, or a missing required one. */
  public static ScimException invalidValue(String detail) {
    return new ScimException(400, "invalidValue", detail);
  }

  /** 400 {@code invalidSyntax}: the request body is not the message the endpoint reads. */
  public static ScimException invalidSyntax(String detail) {
    return new ScimException(400, "invalidSyntax", detail);
  }

  /** 400 {@code invalidPath}. */
  public static ScimException invalidPath(String detail) {
    return new ScimException(400, "invalidPath", detail);
  }

  /** 400 {@code noTarget}: a PATCH path or value filter that selects nothing. */
  public static ScimException noTarget(String detail) {
    return new ScimException(400, "noTarget", detail);
  }

  /** 400 {@code mutability}: a change to a read-only or immutable attribute. */
  public static ScimException mutability(String detail) {
    return new ScimException(400, "mutability", detail);
  }

  /** 400 {@code tooMany}. */
  public static ScimException tooMany(String detail) {
    return new ScimException(400, "tooMany", detail);
  }

  /** 409 {@code uniqueness}. */
  public static ScimException uniqueness(String detail) {
    return new ScimException(409, "uniqueness", detail);
  }

  /** 404: no such resource in the tenant (another tenant's resources do not exist here). */
  public static ScimException notFound(String resourceType, String id) {
    return new ScimException(404, null, resourceType + " " + id + " not found");
  }

  /** 412: the {@code If-Match} version is not the resource's (RFC 7644 §3.14). */
  public static ScimException preconditionFailed() {
    return new ScimException(
        412, null, "The resource has changed: its version does not match If-Match");
  }

  /** The parser's refusal of a filter or a path, with the matching type. */
  public static ScimException of(InvalidFilterException invalid) {
    return new ScimException(400, invalid.kind().scimType(), invalid.getMessage());
  }

  /**
   * A directory rule broken by a request: a name taken is {@code uniqueness} (409), anything else
   * the request's fault an {@code invalidValue}; the rule's message is the detail.
   */
  public static ScimException of(PortcullisException broken) {
    int status = broken.problemType().status();
    if (status == 409) {
      return uniqueness(broken.getMessage());
    }
    if (status == 404) {
      return new ScimException(404, null, broken.getMessage());
    }
    return status < 500
        ? invalidValue(broken.getMessage())
        : new ScimException(status, null, broken.getMessage());
  }

  public int status() {
    return status;
  }

  /** The RFC 7644 Table 9 keyword, or null. */
  public String scimType() {
    return scimType;
  }
}
