package org.portcullis.tenant;

import java.net.URI;

/**
 * A tenant's issuer identifier (RFC 8414 §2, OpenID Connect Discovery §3): {@code
 * {base}/t/{tenant}}, an https URL (or http on loopback) without query or fragment. Every endpoint
 * of the tenant lives below it.
 */
public record Issuer(String value) {

  public Issuer {
    URI uri = URI.create(value);
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("An issuer is an absolute URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || value.endsWith("/")) {
      throw new IllegalArgumentException("An issuer has no query, fragment or trailing slash");
    }
  }

  /** The issuer of {@code tenant} on a platform reached at {@code baseUrl}. */
  public static Issuer of(String baseUrl, TenantId tenant) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new Issuer(base + "/t/" + tenant.value());
  }

  /**
   * The origin of the platform that issues here (scheme, host and port): what browsers put in
   * WebAuthn client data, and whose host is the default RP id.
   */
  public String origin() {
    URI uri = URI.create(value);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** An endpoint below the issuer, such as {@code token} or {@code .well-known/...}. */
  public String endpoint(String relativePath) {
    return value + "/" + relativePath;
  }

  @Override
  public String toString() {
    return value;
  }
}
