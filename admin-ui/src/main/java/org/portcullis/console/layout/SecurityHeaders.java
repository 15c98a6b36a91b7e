package org.portcullis.console.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every console response: no MIME sniffing, no referrer outside the origin, no
 * framing, no powerful browser features, and a Content Security Policy. Faces pages get their CSP
 * from PrimeFaces ({@code primefaces.CSP} in web.xml), which adds a fresh nonce for its scripts to
 * the policy {@code primefaces.CSP_POLICY}; every other response (the sign-in problem page, the
 * callback, downloads) gets {@link #STRICT}, which allows no script at all. Declared first in
 * web.xml, so that it runs before the sign-in filter.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy of responses that are not Faces pages. */
  static final String STRICT =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String PERMISSIONS =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), publickey-credentials-get=(self),"
          + " publickey-credentials-create=(self)";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", PERMISSIONS);
    if (!isFacesPage(request.getServletPath())) {
      response.setHeader("Content-Security-Policy", STRICT);
    }
    chain.doFilter(request, response);
  }

  /** Whether PrimeFaces writes this response's policy: a view, or the start page. */
  static boolean isFacesPage(String servletPath) {
    return servletPath.isEmpty()
        || "/".equals(servletPath)
        || (servletPath.endsWith(".xhtml") && !servletPath.startsWith("/jakarta.faces.resource/"));
  }
}
