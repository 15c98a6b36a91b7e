package org.portcullis.authorize;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.Scope;
import org.portcullis.tenant.TenantIsolated;

/** What users of the tenant in scope have allowed third-party clients. */
@Stateless
@TenantIsolated
public class Consents {

  public static final String GRANTED = "consent.granted";
  public static final String DENIED = "consent.denied";

  @PersistenceContext private EntityManager em;

  @Inject private AuditTrail trail;

  /** Whether the user has already allowed the client all of {@code scope}. */
  public boolean covers(String userId, String clientId, Scope scope) {
    return find(userId, clientId).map(consent -> consent.covers(scope)).orElse(false);
  }

  /** Records that the user allowed the client {@code scope} (added to what it allowed before). */
  public void grant(String userId, String clientId, Scope scope) {
    find(userId, clientId)
        .ifPresentOrElse(
            consent -> consent.add(scope),
            () -> em.persist(new UserConsent(userId, clientId, scope)));
    trail.record(AuditRecord.success(GRANTED, userId));
  }

  /** Records that the user refused. */
  public void deny(String userId) {
    trail.record(AuditRecord.failure(DENIED, userId));
  }

  private Optional<UserConsent> find(String userId, String clientId) {
    return em.createQuery(
            "select c from UserConsent c where c.userId = :user and c.clientId = :client",
            UserConsent.class)
        .setParameter("user", userId)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }
}
