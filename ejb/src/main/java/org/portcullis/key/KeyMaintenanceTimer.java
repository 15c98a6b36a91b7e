package org.portcullis.key;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantTasks;

/**
 * Scheduled rotation: every maintenance interval (non-persistent timer, one per deployment and
 * node) it asks for the tenants whose key work is due, a bounded batch at a time, and does each in
 * its own transaction. With 10,000 tenants a run costs one indexed query and the few tenants that
 * are due. Every node runs it; the per-tenant lock and the due time make a second node's run a
 * no-op for a tenant the first has just done.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup") // the schema exists before the first run
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a transaction per tenant instead
public class KeyMaintenanceTimer {

  /** Tenants handled per run at most; the rest wait for the next run. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(KeyMaintenanceTimer.class.getName());

  @Resource private TimerService timers;

  @Inject private RotationSettings settings;

  @EJB private TenantTasks tasks;

  @EJB private KeyMaintenance maintenance;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    Duration interval = settings.maintenanceInterval();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("key-maintenance", false));
  }

  @Timeout
  void run() {
    List<TenantId> due = tasks.due(KeyRotation.TASK, SigningKeys.now(clock), BATCH);
    for (TenantId tenant : due) {
      try {
        maintenance.maintain(tenant);
      } catch (RuntimeException e) {
        // The cause names the failing step; no key material reaches an exception message.
        LOG.log(Level.WARNING, "Key maintenance failed for tenant " + tenant.value(), e);
        postpone(tenant);
      }
    }
  }

  private void postpone(TenantId tenant) {
    try {
      maintenance.postpone(tenant);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot postpone the key maintenance of " + tenant.value(), e);
    }
  }
}
