package org.portcullis.tenant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Scheduled per-tenant work of the features (key rotation, say): when each tenant's task is next
 * due, the tenants whose task is due now, and the lock that keeps two nodes from doing one tenant's
 * task at the same time. Joins the caller's transaction.
 */
@Stateless
public class TenantTasks {

  @PersistenceContext private EntityManager em;

  /** Sets when {@code task} is next due for {@code tenant}, creating its row if needed. */
  public void schedule(TenantId tenant, String task, Instant dueAt) {
    TenantTask row = em.find(TenantTask.class, TenantTask.idOf(tenant, task));
    if (row == null) {
      em.persist(new TenantTask(tenant, task, dueAt));
    } else {
      row.reschedule(dueAt);
    }
  }

  /**
   * Up to {@code limit} tenants whose {@code task} is due at {@code now}, longest overdue first. An
   * index on (task, due_at) keeps this cheap however many tenants there are.
   */
  public List<TenantId> due(String task, Instant now, int limit) {
    return em.createQuery(
            "select t from TenantTask t where t.task = :task and t.dueAt <= :now order by t.dueAt",
            TenantTask.class)
        .setParameter("task", task)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultStream()
        .map(TenantTask::tenant)
        .toList();
  }

  /**
   * Locks {@code tenant}'s row of {@code task} ({@code PESSIMISTIC_WRITE}) until the caller's
   * transaction ends, creating it (due now) when it is missing. Whoever holds it is the only one
   * working on that task for that tenant; a second caller waits, then sees the first one's result.
   */
  public TenantTask lock(TenantId tenant, String task, Instant now) {
    TenantTask row =
        em.find(TenantTask.class, TenantTask.idOf(tenant, task), LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new TenantTask(tenant, task, now);
      em.persist(row);
      em.flush(); // the inserted row is locked by this transaction until it ends
    }
    return row;
  }
}
