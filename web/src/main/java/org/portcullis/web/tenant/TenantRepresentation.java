package org.portcullis.web.tenant;

import org.portcullis.tenant.Tenant;

/** A tenant as the admin API shows it. */
public record TenantRepresentation(String id, String displayName, String createdAt, String issuer) {

  static TenantRepresentation of(Tenant tenant, String issuer) {
    return new TenantRepresentation(
        tenant.id().value(), tenant.displayName(), tenant.createdAt().toString(), issuer);
  }
}
