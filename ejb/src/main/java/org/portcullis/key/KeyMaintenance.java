package org.portcullis.key;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.portcullis.audit.AuditContext;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;
import org.portcullis.tenant.TenantTasks;

/**
 * One tenant's scheduled key work in a transaction of its own, so that one tenant's failure rolls
 * back only its own work and the others go on.
 */
@Stateless
public class KeyMaintenance {

  /** The actor of scheduled rotations in the audit trail. */
  public static final String ACTOR = "system:key-rotation";

  /** How long a tenant whose work failed waits before the next attempt. */
  static final Duration RETRY_AFTER = Duration.ofMinutes(5);

  @Inject private KeyRotation rotation;

  @Inject private TenantScope scope;

  @Inject private AuditContext audit;

  @Inject private TenantTasks tasks;

  private final Clock clock = Clock.systemUTC();

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void maintain(TenantId tenant) {
    audit.identify(ACTOR);
    scope.runAs(
        tenant,
        () -> {
          rotation.maintain();
          return null;
        });
  }

  /** Puts off a tenant whose work failed, so that it cannot hold up the tenants behind it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void postpone(TenantId tenant) {
    Instant now = SigningKeys.now(clock);
    tasks.lock(tenant, KeyRotation.TASK, now).reschedule(now.plus(RETRY_AFTER));
  }
}
