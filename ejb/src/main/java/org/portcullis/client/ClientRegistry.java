package org.portcullis.client;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantIsolated;

/** The OAuth clients of the tenant in scope. */
@Stateless
@TenantIsolated
public class ClientRegistry {

  @PersistenceContext private EntityManager em;

  /** Registers a client. */
  public OAuthClient register(OAuthClient client) {
    em.persist(client);
    return client;
  }

  /** Removes the client; tokens it holds expire on their own (revocation arrives with grants). */
  public void delete(OAuthClient client) {
    em.remove(client);
  }

  /** A page of the tenant's clients, ordered by client id. */
  public Page<OAuthClient> list(PageRequest page) {
    var items =
        em.createQuery("select c from OAuthClient c order by c.clientId", OAuthClient.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return new Page<>(items, count(), page.offset(), page.limit());
  }

  /** How many clients the tenant has. */
  public long count() {
    return em.createQuery("select count(c) from OAuthClient c", Long.class).getSingleResult();
  }

  public Optional<OAuthClient> find(ClientId clientId) {
    return em.createQuery("select c from OAuthClient c where c.clientId = :id", OAuthClient.class)
        .setParameter("id", clientId.value())
        .getResultStream()
        .findFirst();
  }
}
