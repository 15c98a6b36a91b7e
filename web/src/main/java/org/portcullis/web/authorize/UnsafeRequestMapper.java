package org.portcullis.web.authorize;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.portcullis.authorize.UnsafeAuthorizationRequestException;

/**
 * A request that cannot be answered at a redirect URI is answered with a page for the user (RFC
 * 6749 §4.1.2.1): never a redirect.
 */
@Provider
public class UnsafeRequestMapper implements ExceptionMapper<UnsafeAuthorizationRequestException> {

  @Inject private HostedPages pages;

  @Override
  public Response toResponse(UnsafeAuthorizationRequestException unsafe) {
    return pages.error(400, unsafe.getMessage()).build();
  }
}
