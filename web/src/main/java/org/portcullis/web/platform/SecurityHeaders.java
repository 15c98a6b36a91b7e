package org.portcullis.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every API response carries: no MIME sniffing, no framing, no Referer leaking URLs (RFC
 * 9700 §4.2.4), and HSTS when the request came over HTTPS.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    var headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("Referrer-Policy", "no-referrer");
    if (request.getSecurityContext().isSecure()) {
      headers.putSingle("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
