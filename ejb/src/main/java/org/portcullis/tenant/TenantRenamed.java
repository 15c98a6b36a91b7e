package org.portcullis.tenant;

/** A tenant got another display name; fired inside the renaming transaction. */
public record TenantRenamed(TenantId tenant) {}
