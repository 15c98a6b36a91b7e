package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ThreadLocalRandom;
import org.portcullis.tenant.TenantCreated;
import org.portcullis.tenant.TenantIsolated;

/**
 * The number of users of the tenant in scope, kept in {@link UserCount} slots in the transaction
 * that creates or deletes a user, so that it is read in eight rows whatever the tenant's size (SCIM
 * {@code totalResults} of an unfiltered list). A rolled-back change rolls its count back with it.
 */
@Stateless
@TenantIsolated
public class UserCounts {

  @PersistenceContext private EntityManager em;

  /** Gives a new tenant its empty slots. */
  public void provision(@Observes TenantCreated created) {
    for (int slot = 0; slot < UserCount.SLOTS; slot++) {
      em.persist(new UserCount(slot));
    }
  }

  /** The tenant's number of users. */
  public long count() {
    Long sum = em.createQuery("select sum(c.users) from UserCount c", Long.class).getSingleResult();
    return sum == null ? 0 : sum;
  }

  /** Adds {@code delta} (one user created: 1, deleted: -1) to a slot chosen at random. */
  public void add(long delta) {
    int slot = ThreadLocalRandom.current().nextInt(UserCount.SLOTS);
    int updated =
        em.createQuery("update UserCount c set c.users = c.users + :delta where c.slot = :slot")
            .setParameter("delta", delta)
            .setParameter("slot", slot)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("the tenant has no user count slot " + slot);
    }
  }
}
