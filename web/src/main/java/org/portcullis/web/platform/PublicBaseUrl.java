package org.portcullis.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;

/**
 * The base URL the platform is reached at: {@code PORTCULLIS_PUBLIC_BASE_URL} when set (behind a
 * proxy or load balancer it must be), otherwise the scheme, host and port of the request.
 */
@RequestScoped
public class PublicBaseUrl {

  @Inject
  @ConfigProperty(name = "portcullis.public.base.url")
  Optional<String> configured;

  @Context UriInfo uriInfo;

  /** The base URL without a trailing slash. */
  public String value() {
    String base = configured.filter(s -> !s.isBlank()).orElseGet(() -> requestBase());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private String requestBase() {
    var uri = uriInfo.getBaseUri();
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** The issuer of {@code tenant} (contract: {@code {base}/t/{tenant}}). */
  public Issuer issuerOf(TenantId tenant) {
    return Issuer.of(value(), tenant);
  }
}
