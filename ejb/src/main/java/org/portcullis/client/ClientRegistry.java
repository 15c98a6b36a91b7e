package org.portcullis.client;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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

  public Optional<OAuthClient> find(ClientId clientId) {
    return em.createQuery("select c from OAuthClient c where c.clientId = :id", OAuthClient.class)
        .setParameter("id", clientId.value())
        .getResultStream()
        .findFirst();
  }
}
