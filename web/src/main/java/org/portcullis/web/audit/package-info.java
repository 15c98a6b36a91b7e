/**
 * Audit boundaries: the platform admin API over a tenant's audit trail ({@code /admin/audit}), and
 * the filter that tells the {@link org.portcullis.audit.AuditContext} where a request comes from.
 */
package org.portcullis.web.audit;
