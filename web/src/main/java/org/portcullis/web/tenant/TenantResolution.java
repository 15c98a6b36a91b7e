package org.portcullis.web.tenant;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.portcullis.tenant.KnownTenants;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantNotFoundException;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.platform.Problems;

/**
 * Resolves the tenant named by the {@value #PARAM} path parameter, once per request, before
 * authentication: an unknown (or malformed) tenant is a 404, a known one is entered in the {@link
 * TenantScope} that the persistence layer filters by. Known tenants are cached ({@link
 * KnownTenants}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantResolution implements ContainerRequestFilter {

  /** The path parameter that names the tenant in every per-tenant URL. */
  public static final String PARAM = "tenant";

  @Inject private KnownTenants tenants;

  @Inject private TenantScope scope;

  @Override
  public void filter(ContainerRequestContext request) {
    String named = request.getUriInfo().getPathParameters().getFirst(PARAM);
    if (named == null) {
      return;
    }
    if (!TenantId.isValid(named) || !tenants.exists(new TenantId(named))) {
      request.abortWith(Problems.of(TenantNotFoundException.TYPE, "No tenant " + named).build());
      return;
    }
    scope.enter(new TenantId(named));
  }
}
