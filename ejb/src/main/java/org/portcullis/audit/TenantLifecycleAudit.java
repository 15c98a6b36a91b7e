package org.portcullis.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.portcullis.tenant.TenantCreated;
import org.portcullis.tenant.TenantDeleted;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRenamed;
import org.portcullis.tenant.TenantScope;
import org.portcullis.tenant.TenantStatusChanged;

/**
 * Records the tenant lifecycle: a new tenant's chain starts with its own {@value #CREATED} event,
 * and tenant {@code system}'s trail records every creation and deletion with the tenant's id as the
 * target. Observing the tenant feature's events keeps the dependency pointing from audit to tenant
 * (an architecture test forbids cycles between features).
 */
@ApplicationScoped
public class TenantLifecycleAudit {

  public static final String CREATED = "tenant.created";

  public static final String DELETED = "tenant.deleted";

  public static final String RENAMED = "tenant.renamed";

  public static final String DISABLED = "tenant.disabled";

  public static final String ENABLED = "tenant.enabled";

  /** After every other observer: the event records a creation whose initial state exists. */
  private static final int LAST = Interceptor.Priority.LIBRARY_AFTER + 900;

  @Inject private AuditTrail trail;

  @Inject private TenantScope scope;

  /** Runs in the new tenant's scope, inside the creating transaction. */
  void created(@Observes @Priority(LAST) TenantCreated created) {
    AuditRecord record = AuditRecord.success(CREATED, created.tenant().value());
    trail.openChain();
    trail.record(record);
    if (!created.tenant().isSystem()) {
      scope.runAs(TenantId.SYSTEM, () -> trail.record(record));
    }
  }

  /** Runs inside the renaming transaction: the tenant's trail and {@code system}'s record it. */
  void renamed(@Observes TenantRenamed renamed) {
    AuditRecord record = AuditRecord.success(RENAMED, renamed.tenant().value());
    scope.runAs(renamed.tenant(), () -> trail.record(record));
    if (!renamed.tenant().isSystem()) {
      scope.runAs(TenantId.SYSTEM, () -> trail.record(record));
    }
  }

  /** Runs inside the changing transaction: the tenant's trail and {@code system}'s record it. */
  void statusChanged(@Observes TenantStatusChanged changed) {
    AuditRecord record =
        AuditRecord.success(changed.enabled() ? ENABLED : DISABLED, changed.tenant().value());
    scope.runAs(changed.tenant(), () -> trail.record(record));
    scope.runAs(TenantId.SYSTEM, () -> trail.record(record));
  }

  /** Runs inside the deleting transaction; the tenant's own trail goes with it. */
  void deleted(@Observes TenantDeleted deleted) {
    scope.runAs(
        TenantId.SYSTEM,
        () -> trail.record(AuditRecord.success(DELETED, deleted.tenant().value())));
  }
}
