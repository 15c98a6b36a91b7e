package org.portcullis.it.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.portcullis.directory.Group;
import org.portcullis.directory.Role;
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
    return Optional.ofNullable(em.find(User.class, id)).map(u -> u.userName().value());
  }

  public boolean groupExists(String id) {
    return em.find(Group.class, id) != null;
  }

  public boolean roleExists(String id) {
    return em.find(Role.class, id) != null;
  }

  /** Memberships and direct role assignments of a user, counted behind the services' back. */
  public long membershipsAndAssignmentsOf(String userId) {
    long memberships =
        em.createQuery("select count(m) from GroupMember m where m.user.id = :u", Long.class)
            .setParameter("u", userId)
            .getSingleResult();
    long assignments =
        em.createQuery("select count(a) from UserRole a where a.user.id = :u", Long.class)
            .setParameter("u", userId)
            .getSingleResult();
    return memberships + assignments;
  }

  public long emailRowCount() {
    return em.createQuery("select count(e) from UserEmail e", Long.class).getSingleResult();
  }

  /** A bulk update over "all" users: it must touch only the tenant's. */
  public int deactivateEveryUser() {
    return em.createQuery("update User u set u.active = false").executeUpdate();
  }

  public long activeUserCount() {
    return em.createQuery("select count(u) from User u where u.active = true", Long.class)
        .getSingleResult();
  }

  /** When the SSO session ends, read behind the service's back. */
  public java.time.OffsetDateTime sessionExpiry(String sessionId) {
    return em.createQuery(
            "select s.expiresAt from SsoSession s where s.id = :id", java.time.OffsetDateTime.class)
        .setParameter("id", sessionId)
        .getSingleResult();
  }

  /** The idle end and the absolute end of a refresh token family's first token. */
  public List<java.time.OffsetDateTime> refreshExpiry(String familyId) {
    Object[] row =
        em.createQuery(
                "select r.expiresAt, r.familyExpiresAt from RefreshToken r where r.familyId = :f",
                Object[].class)
            .setParameter("f", familyId)
            .getSingleResult();
    return List.of((java.time.OffsetDateTime) row[0], (java.time.OffsetDateTime) row[1]);
  }
}
