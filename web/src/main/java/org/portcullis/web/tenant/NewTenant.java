package org.portcullis.web.tenant;

/** The body of {@code POST /admin/tenants}. */
public record NewTenant(String id, String displayName) {}
