/**
 * The console's audit log: a tenant's audit events filtered by day, action, outcome and user, a
 * page at a time, and their export as CSV or JSON lines. Reads the trail through {@code
 * org.portcullis.audit.AuditTrail}; owns no data.
 */
package org.portcullis.console.audit;
