package org.portcullis.web.scim;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.portcullis.scim.ScimException;
import org.portcullis.web.platform.ScimErrors;

/** A refused SCIM request as an RFC 7644 §3.12 error with its {@code scimType}. */
@Provider
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {

  @Override
  public Response toResponse(ScimException exception) {
    return ScimErrors.of(exception.status(), exception.scimType(), exception.getMessage()).build();
  }
}
