package org.portcullis.tenant;

/**
 * Fired synchronously, inside the deleting transaction and after the tenant's removal, when a
 * tenant has been deleted (its own data goes with it through {@code ON DELETE CASCADE}). An
 * observer that fails rolls the deletion back.
 */
public record TenantDeleted(TenantId tenant) {}
