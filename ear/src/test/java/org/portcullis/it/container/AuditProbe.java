package org.portcullis.it.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.portcullis.tenant.TenantIsolated;

/**
 * Test-only bean that tampers with the audit trail behind the service's back, as someone with write
 * access to the table might: a JPQL bulk update of one stored event.
 */
@Stateless
@TenantIsolated
public class AuditProbe {

  @PersistenceContext private EntityManager em;

  public int rewriteActor(long seq, String actor) {
    return em.createQuery("update AuditEvent e set e.actor = :actor where e.seq = :seq")
        .setParameter("actor", actor)
        .setParameter("seq", seq)
        .executeUpdate();
  }

  public long eventCount() {
    return em.createQuery("select count(e) from AuditEvent e", Long.class).getSingleResult();
  }
}
