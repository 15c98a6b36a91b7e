package org.portcullis.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.portcullis.audit.AuditContext;
import org.portcullis.platform.OAuthError;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;
import org.portcullis.token.AccessTokenVerifier;
import org.portcullis.token.VerifiedAccessToken;
import org.portcullis.web.platform.Problems;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * Admits a request to a {@link RequiresScope} resource only with a valid access token of tenant
 * {@code system} (checked against its own keys, in process) that carries the scope. Refusals are
 * problem documents with the RFC 6750 §3 challenge: 401 without a valid token, 403 {@code
 * insufficient_scope} without the scope.
 */
@Provider
@RequiresScope("")
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final String REALM = "Bearer realm=\"portcullis\"";

  @Context private ResourceInfo resource;

  @Inject private AccessTokenVerifier verifier;

  @Inject private TenantScope scope;

  @Inject private PublicBaseUrl baseUrl;

  @Inject private AuditContext audit;

  @Override
  public void filter(ContainerRequestContext request) {
    String required = requiredScope();
    Optional<String> presented = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (presented.isEmpty()) {
      request.abortWith(
          Problems.of("about:blank", 401, "Unauthorized", "A bearer access token is required")
              .header(HttpHeaders.WWW_AUTHENTICATE, REALM)
              .build());
      return;
    }
    Optional<VerifiedAccessToken> token =
        scope.runAs(
            TenantId.SYSTEM,
            () -> verifier.verify(presented.get(), baseUrl.issuerOf(TenantId.SYSTEM)));
    if (token.isEmpty()) {
      request.abortWith(
          Problems.of("about:blank", 401, "Unauthorized", "The access token is not valid")
              .header(HttpHeaders.WWW_AUTHENTICATE, challenge(OAuthError.INVALID_TOKEN, null))
              .build());
      return;
    }
    if (!token.get().scope().contains(required)) {
      request.abortWith(
          Problems.of("about:blank", 403, "Forbidden", "The access token lacks scope " + required)
              .header(
                  HttpHeaders.WWW_AUTHENTICATE, challenge(OAuthError.INSUFFICIENT_SCOPE, required))
              .build());
      return;
    }
    audit.identify(token.get().clientId()); // the actor of whatever this request changes
  }

  private String requiredScope() {
    RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
    return onMethod != null
        ? onMethod.value()
        : resource.getResourceClass().getAnnotation(RequiresScope.class).value();
  }

  private static Optional<String> bearerToken(String authorization) {
    if (authorization == null || authorization.length() <= BEARER.length()) {
      return Optional.empty();
    }
    // RFC 6750 §2.1: the scheme is case-insensitive.
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()).strip());
  }

  private static String challenge(OAuthError error, String scope) {
    return REALM
        + ", error=\""
        + error.code()
        + "\""
        + (scope == null ? "" : ", scope=\"" + scope + "\"");
  }
}
