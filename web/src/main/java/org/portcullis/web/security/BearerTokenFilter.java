package org.portcullis.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Optional;
import org.portcullis.audit.AuditContext;
import org.portcullis.client.Scope;
import org.portcullis.platform.JsonFactory;
import org.portcullis.platform.OAuthError;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;
import org.portcullis.token.AccessTokenVerifier;
import org.portcullis.token.VerifiedAccessToken;
import org.portcullis.web.platform.Problems;
import org.portcullis.web.platform.PublicBaseUrl;
import org.portcullis.web.platform.ScimErrors;

/**
 * Admits a request to a {@link RequiresScope} resource only with a valid access token (checked
 * against the issuing tenant's own keys, in process) that was issued by the tenant the URL names
 * and carries one of the scopes, or that tenant {@code system} issued with {@code platform:admin}.
 * Refusals carry the RFC 6750 §3 challenge, in the endpoint's error format: 401 without a valid
 * token, 403 {@code insufficient_scope} without the scope.
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
    RequiresScope required = requirement();
    Optional<String> presented = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (presented.isEmpty()) {
      request.abortWith(
          refusal(required, 401, "A bearer access token is required")
              .header(HttpHeaders.WWW_AUTHENTICATE, REALM)
              .build());
      return;
    }
    TenantId tenant = scope.current().orElse(TenantId.SYSTEM);
    Optional<Admitted> admitted = verify(presented.get(), tenant);
    if (admitted.isEmpty()) {
      request.abortWith(
          refusal(required, 401, "The access token is not valid")
              .header(HttpHeaders.WWW_AUTHENTICATE, challenge(OAuthError.INVALID_TOKEN, null))
              .build());
      return;
    }
    if (!admitted.get().grants(tenant, required.value())) {
      String scopes = String.join(" ", required.value());
      request.abortWith(
          refusal(required, 403, "The access token lacks the scope " + scopes)
              .header(
                  HttpHeaders.WWW_AUTHENTICATE, challenge(OAuthError.INSUFFICIENT_SCOPE, scopes))
              .build());
      return;
    }
    audit.identify(admitted.get().actor(tenant)); // the actor of whatever this request changes
  }

  /** A token of the tenant in the URL, or else one of tenant {@code system}. */
  private Optional<Admitted> verify(String token, TenantId tenant) {
    Optional<Admitted> own = verifyAs(token, tenant);
    return own.isPresent() || tenant.equals(TenantId.SYSTEM)
        ? own
        : verifyAs(token, TenantId.SYSTEM);
  }

  private Optional<Admitted> verifyAs(String token, TenantId issuer) {
    return scope
        .runAs(issuer, () -> verifier.verify(token, baseUrl.issuerOf(issuer)))
        .map(verified -> new Admitted(issuer, verified));
  }

  /** A verified token and the tenant that issued it. */
  private record Admitted(TenantId issuer, VerifiedAccessToken token) {

    boolean grants(TenantId tenant, String[] scopes) {
      if (issuer.equals(TenantId.SYSTEM) && token.scope().contains(Scope.PLATFORM_ADMIN)) {
        return true;
      }
      return issuer.equals(tenant) && Arrays.stream(scopes).anyMatch(token.scope()::contains);
    }

    /** The client id, qualified by its tenant when a platform admin acts in another tenant. */
    String actor(TenantId tenant) {
      return issuer.equals(tenant) ? token.clientId() : issuer.value() + "/" + token.clientId();
    }
  }

  private RequiresScope requirement() {
    RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
    return onMethod != null
        ? onMethod
        : resource.getResourceClass().getAnnotation(RequiresScope.class);
  }

  private static Response.ResponseBuilder refusal(
      RequiresScope required, int status, String detail) {
    return switch (required.errors()) {
      case SCIM -> ScimErrors.of(status, null, detail);
      case OAUTH ->
          Response.status(status)
              .type(MediaType.APPLICATION_JSON)
              .header(HttpHeaders.CACHE_CONTROL, "no-store")
              .entity(
                  JsonFactory.createObjectBuilder()
                      .add("error", status == 401 ? "invalid_token" : "insufficient_scope")
                      .add("error_description", detail)
                      .build()
                      .toString());
      case PROBLEM ->
          Problems.of("about:blank", status, status == 401 ? "Unauthorized" : "Forbidden", detail);
    };
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
