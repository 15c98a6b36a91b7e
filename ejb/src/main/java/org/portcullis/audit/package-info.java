/**
 * The audit trail: append-only events per tenant, chained by SHA-256 hashes so that an altered,
 * removed or inserted row is detectable.
 *
 * <p>Owns the events ({@link org.portcullis.audit.AuditEvent}), each tenant's chain head ({@link
 * org.portcullis.audit.AuditChainHead}), the canonical encoding that is hashed ({@link
 * org.portcullis.audit.AuditEntry}), who acts and from where ({@link
 * org.portcullis.audit.AuditContext}, filled by the boundaries) and the one service that appends,
 * reads and verifies ({@link org.portcullis.audit.AuditTrail}). It records the tenant lifecycle by
 * observing the tenant feature's events, so the dependency points from audit to tenant and never
 * back. Does not own what other features do: they call {@link
 * org.portcullis.audit.AuditTrail#record} in their own transactions. Does not sign events or ship
 * them elsewhere: a hash chain detects tampering by someone who cannot recompute the whole chain,
 * not by a database administrator who can.
 */
package org.portcullis.audit;
