package org.portcullis.it.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.portcullis.directory.User;
import org.portcullis.key.SigningKey;
import org.portcullis.tenant.TenantIsolated;

/**
 * Test-only bean that reaches tenant-owned rows the ways a careless service might: JPQL lists,
 * counts, lookups by primary key and bulk updates. Like every service it is {@link TenantIsolated};
 * it never filters by tenant itself.
 */
@Stateless
@TenantIsolated
public class IsolationProbe {

  @PersistenceContext private EntityManager em;

  public List<String> signingKeyIds() {
    return em.createQuery("select k.id from SigningKey k", String.class).getResultList();
  }

  public long signingKeyCount() {
    return em.createQuery("select count(k) from SigningKey k", Long.class).getSingleResult();
  }

  /** A lookup by primary key, which EclipseLink may answer from a cache. */
  public Optional<String> findSigningKeyKid(String id) {
    return Optional.ofNullable(em.find(SigningKey.class, id)).map(SigningKey::kid);
  }

  public List<String> signingKeyKidsWithId(String id) {
    return em.createQuery("select k.kid from SigningKey k where k.id = :id", String.class)
        .setParameter("id", id)
        .getResultList();
  }

  public Optional<String> findUserName(String id) {
    return Optional.ofNullable(em.find(User.class, id)).map(User::userName);
  }

  /** A bulk update over "all" users: it must touch only the tenant's. */
  public int deactivateEveryUser() {
    return em.createQuery("update User u set u.active = false").executeUpdate();
  }

  public long activeUserCount() {
    return em.createQuery("select count(u) from User u where u.active = true", Long.class)
        .getSingleResult();
  }
}
