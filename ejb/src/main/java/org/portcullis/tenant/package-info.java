/**
 * Tenants and the one mechanism that keeps their data apart.
 *
 * <p>Owns the {@link org.portcullis.tenant.Tenant} registry, the tenant of the current request
 * ({@link org.portcullis.tenant.TenantScope}) and the {@link org.portcullis.tenant.TenantIsolated}
 * interceptor that hands it to EclipseLink's single-table multitenancy. Every tenant-owned entity
 * is {@code @Multitenant} on {@value org.portcullis.tenant.TenantIsolation#TENANT_COLUMN}; services
 * never filter by tenant by hand. Also owns {@link org.portcullis.tenant.TenantTasks}: when a
 * feature's scheduled work for a tenant is next due (platform data, found across tenants by a
 * timer) and the per-tenant lock for that work. Does not own what a tenant contains (keys, clients,
 * users): those features react to {@link org.portcullis.tenant.TenantCreated}.
 */
package org.portcullis.tenant;
