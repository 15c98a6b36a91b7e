package org.portcullis.it.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Test-only: appends from a thread of the test's own pool, each call in its own request context and
 * its own transaction, the way concurrent requests of one tenant append.
 */
@ApplicationScoped
public class AuditAppender {

  @Inject TenantScope scope;

  @Inject AuditTrail trail;

  @ActivateRequestContext
  public long append(TenantId tenant, AuditRecord record) {
    return scope.runAs(tenant, () -> trail.record(record)).seq();
  }
}
