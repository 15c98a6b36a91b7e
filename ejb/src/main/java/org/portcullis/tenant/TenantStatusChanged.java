package org.portcullis.tenant;

/** A tenant was disabled or enabled again; fired inside the changing transaction. */
public record TenantStatusChanged(TenantId tenant, boolean enabled) {}
