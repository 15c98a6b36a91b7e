package org.portcullis.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.portcullis.audit.AuditContext;

/**
 * Gives the audit trail the address of the peer that sent the request: the connection's own
 * address. {@code X-Forwarded-For} and similar headers are not trusted, because any client can send
 * them; behind a proxy the proxy's address is recorded.
 */
@Provider
@PreMatching
public class ClientAddressFilter implements ContainerRequestFilter {

  @Context private HttpServletRequest request;

  @Inject private AuditContext audit;

  @Override
  public void filter(ContainerRequestContext context) {
    audit.connectedFrom(request.getRemoteAddr());
  }
}
