package org.portcullis.web.tenant;

import java.util.List;

/** A page of tenants (contract: {@code {"items": [...], "total": N}}). */
public record TenantPage(List<TenantRepresentation> items, long total) {}
