/**
 * Tenant boundaries: the filter that resolves the tenant of every {@code /t/{tenant}} URL once per
 * request, and the platform admin API for tenants ({@code /admin/tenants}).
 */
package org.portcullis.web.tenant;
