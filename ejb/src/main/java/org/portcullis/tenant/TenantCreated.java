package org.portcullis.tenant;

/**
 * Fired synchronously, inside the creating transaction and in the new tenant's {@link TenantScope},
 * when a tenant has been created: features that give a tenant its initial state (its first signing
 * key, say) observe it. An observer that fails rolls the creation back.
 */
public record TenantCreated(TenantId tenant) {}
