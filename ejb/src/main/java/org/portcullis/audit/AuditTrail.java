package org.portcullis.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;

/**
 * The audit trail of the tenant in scope: appends events to its hash chain, reads them a page at a
 * time, and verifies the chain. Appends join the caller's transaction, so an audited change and its
 * event commit or roll back together.
 */
@Stateless
@TenantIsolated
public class AuditTrail {

  /** Events read per query while verifying: memory stays bounded however long the chain. */
  static final int VERIFY_BATCH = 500;

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @Inject private AuditContext context;

  /** Starts the empty chain of the tenant in scope; once per tenant, when it is created. */
  public void openChain() {
    em.persist(new AuditChainHead(scope.require()));
    em.flush(); // written while this tenant is the persistence context's tenant
  }

  /**
   * Appends an event with the actor and client address of the {@link AuditContext}, in the caller's
   * transaction. Waits while another transaction appends to the same tenant's chain.
   *
   * @return the event, linked to the one before
   */
  public AuditEvent record(AuditRecord record) {
    AuditChainHead head = lockedHead();
    AuditEvent event =
        head.append(
            scope.require(),
            CLOCK.instant(),
            context.actor(),
            context.clientAddress().orElse(null),
            record);
    em.persist(event);
    // Flush now: the tenant discriminator is taken when rows are written, and a caller may switch
    // tenants (TenantScope.runAs) before its transaction commits.
    em.flush();
    return event;
  }

  /**
   * Appends {@code events}, in their order, in a transaction of its own, under one hold of the
   * tenant's chain lock: the write of {@link GroupCommittedAudit}, which gathers the events of
   * concurrent requests so that they share the lock, the transaction and its commit.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void appendAll(List<PendingAuditEvent> events) {
    AuditChainHead head = lockedHead();
    TenantId tenant = scope.require();
    for (PendingAuditEvent pending : events) {
      em.persist(
          head.append(
              tenant, pending.at(), pending.actor(), pending.clientAddress(), pending.record()));
    }
    em.flush();
  }

  private AuditChainHead lockedHead() {
    AuditChainHead head =
        em.find(AuditChainHead.class, scope.require().value(), LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The tenant has no audit chain");
    }
    return head;
  }

  /** Events that match {@code query}, newest (highest sequence number) first. */
  public Page<AuditEvent> page(AuditQuery query, PageRequest page) {
    List<AuditEvent> items = items(query, page);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEvent> counted = count.from(AuditEvent.class);
    count.select(cb.count(counted)).where(filters(cb, counted, query));
    return new Page<>(items, em.createQuery(count).getSingleResult(), page.offset(), page.limit());
  }

  private List<AuditEvent> items(AuditQuery query, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = select.from(AuditEvent.class);
    select.where(filters(cb, event, query)).orderBy(cb.desc(event.get("seq")));
    return em.createQuery(select)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  /**
   * Like {@link #page}, with a count that stops: the total is exact up to {@code countLimit}, and
   * {@code countLimit + 1} when more match ("more than"). It reads at most that many sequence
   * numbers instead of counting every match, so a screen over a trail of millions of events (one
   * per token issued) costs what a page costs.
   */
  public Page<AuditEvent> pageCountingUpTo(AuditQuery query, PageRequest page, int countLimit) {
    if (countLimit < 1) {
      throw new IllegalArgumentException("countLimit >= 1");
    }
    List<AuditEvent> items = items(query, page);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> seqs = cb.createQuery(Long.class);
    Root<AuditEvent> matched = seqs.from(AuditEvent.class);
    seqs.select(matched.get("seq")).where(filters(cb, matched, query));
    long total = em.createQuery(seqs).setMaxResults(countLimit + 1).getResultList().size();
    return new Page<>(items, total, page.offset(), page.limit());
  }

  /**
   * Up to {@code limit} events that match {@code query} and come before sequence number {@code
   * beforeSeq} (null: from the newest), newest first: a keyset page, so that an export reads a long
   * trail in batches of equal cost. Read-only: the events are not kept in the persistence context.
   */
  public List<AuditEvent> batch(AuditQuery query, Long beforeSeq, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = select.from(AuditEvent.class);
    List<Predicate> where = new ArrayList<>(List.of(filters(cb, event, query)));
    if (beforeSeq != null) {
      where.add(cb.lessThan(event.<Long>get("seq"), beforeSeq));
    }
    select.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(event.get("seq")));
    return em.createQuery(select)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Walks the chain up to its head in sequence order, a batch at a time, recomputing every hash and
   * checking every link to the previous event and the head's link to the last.
   */
  public ChainVerification verify() {
    TenantId tenant = scope.require();
    AuditChainHead head =
        em.createQuery("select h from AuditChainHead h", AuditChainHead.class).getSingleResult();
    ChainWalk walk = new ChainWalk(tenant);
    List<AuditEvent> batch;
    do {
      batch = batchAfter(walk.verifiedUpTo(), head.seq());
      batch.forEach(walk::accept);
    } while (walk.intact() && batch.size() == VERIFY_BATCH);
    return walk.endsAt(head);
  }

  private List<AuditEvent> batchAfter(long seq, long last) {
    return em.createQuery(
            "select e from AuditEvent e where e.seq > :after and e.seq <= :last order by e.seq",
            AuditEvent.class)
        .setParameter("after", seq)
        .setParameter("last", last)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE) // not kept in the persistence context
        .setMaxResults(VERIFY_BATCH)
        .getResultList();
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEvent> event, AuditQuery q) {
    List<Predicate> where = new ArrayList<>();
    if (q.action() != null) {
      where.add(cb.equal(event.get("action"), q.action()));
    }
    if (q.outcome() != null) {
      where.add(cb.equal(event.get("outcome"), q.outcome()));
    }
    if (q.actor() != null) {
      where.add(cb.equal(event.get("actor"), q.actor()));
    }
    if (q.subject() != null) {
      where.add(
          cb.or(
              cb.equal(event.get("actor"), q.subject()),
              cb.equal(event.get("target"), q.subject())));
    }
    if (q.from() != null) {
      where.add(
          cb.greaterThanOrEqualTo(
              event.<OffsetDateTime>get("occurredAt"), q.from().atOffset(ZoneOffset.UTC)));
    }
    if (q.to() != null) {
      where.add(
          cb.lessThan(event.<OffsetDateTime>get("occurredAt"), q.to().atOffset(ZoneOffset.UTC)));
    }
    return where.toArray(Predicate[]::new);
  }
}
