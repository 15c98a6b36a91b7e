package org.portcullis.it.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.portcullis.tenant.TenantIsolated;

/**
 * Test-only bean that reads and writes password hashes behind the directory's back, as a database
 * restored from a platform with other Argon2id parameters would hold them.
 */
@Stateless
@TenantIsolated
public class PasswordProbe {

  @PersistenceContext private EntityManager em;

  public String storedHash(String userId) {
    return em.createQuery("select u.passwordHash from User u where u.id = :id", String.class)
        .setParameter("id", userId)
        .getSingleResult();
  }

  public int replaceHash(String userId, String hash) {
    return em.createQuery("update User u set u.passwordHash = :hash where u.id = :id")
        .setParameter("hash", hash)
        .setParameter("id", userId)
        .executeUpdate();
  }

  public long userCount() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }

  public long policyRowCount() {
    return em.createQuery("select count(p) from TenantPasswordPolicy p", Long.class)
        .getSingleResult();
  }
}
