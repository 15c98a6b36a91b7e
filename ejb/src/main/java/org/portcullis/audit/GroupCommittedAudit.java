package org.portcullis.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Records an event that has no write of its own to commit with, such as a {@code
 * client_credentials} token issued, and returns once it is committed: the request answers only
 * after its audit event is durable, as with {@link AuditTrail#record}.
 *
 * <p>Group commit: concurrent requests of one tenant on this node queue their events, and whichever
 * holds the tenant's lock appends all that are waiting in one transaction ({@link
 * AuditTrail#appendAll}), under one hold of the chain's row lock. The others then find theirs
 * committed. At hundreds of tokens a second a per-event transaction would queue every request of
 * the tenant behind the chain lock for a commit each; here a commit serves every request that
 * arrived while the one before was being written. A failed write fails every request of its batch.
 */
@ApplicationScoped
public class GroupCommittedAudit {

  /** Most events appended in one transaction. */
  static final int MAX_BATCH = 256;

  private static final Clock CLOCK = Clock.systemUTC();

  private final ConcurrentMap<TenantId, Group> groups = new ConcurrentHashMap<>();

  @Inject private TenantScope scope;

  @Inject private AuditContext context;

  @Inject private AuditTrail trail;

  /**
   * Appends {@code record} for the tenant in scope, with this request's actor and client address,
   * and returns once it is committed.
   *
   * @throws IllegalStateException when the trail could not record it
   */
  public void record(AuditRecord record) {
    Waiting waiting =
        new Waiting(
            new PendingAuditEvent(
                CLOCK.instant(), context.actor(), context.clientAddress().orElse(null), record));
    Group group = groups.computeIfAbsent(scope.require(), tenant -> new Group());
    group.waiting.add(waiting);
    group.lock.lock();
    try {
      while (!waiting.isSettled()) {
        writeNextBatch(group);
      }
    } finally {
      group.lock.unlock();
    }
    waiting.throwIfFailed();
  }

  private void writeNextBatch(Group group) {
    List<Waiting> batch = new ArrayList<>();
    Waiting next;
    while (batch.size() < MAX_BATCH && (next = group.waiting.poll()) != null) {
      batch.add(next);
    }
    List<PendingAuditEvent> events = new ArrayList<>(batch.size());
    batch.forEach(w -> events.add(w.event));
    try {
      trail.appendAll(events);
      batch.forEach(Waiting::committed);
    } catch (RuntimeException failure) {
      batch.forEach(w -> w.failed(failure));
    }
  }

  /** A tenant's queue of events and the lock whose holder writes them. */
  private static final class Group {
    final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    final ReentrantLock lock = new ReentrantLock();
  }

  /**
   * An event and what became of it; settled by the lock holder before it unlocks, read by its
   * request after locking, so the lock orders the two.
   */
  private static final class Waiting {
    final PendingAuditEvent event;
    private boolean settled;
    private RuntimeException failure;

    Waiting(PendingAuditEvent event) {
      this.event = event;
    }

    boolean isSettled() {
      return settled;
    }

    void committed() {
      settled = true;
    }

    void failed(RuntimeException cause) {
      settled = true;
      failure = cause;
    }

    void throwIfFailed() {
      if (failure != null) {
        throw new IllegalStateException(
            "The audit trail could not record " + event.record().action(), failure);
      }
    }
  }
}
