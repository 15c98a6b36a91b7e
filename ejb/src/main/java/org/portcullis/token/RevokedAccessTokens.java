package org.portcullis.token;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.portcullis.tenant.TenantIsolated;

/**
 * The denylist of revoked access tokens of the tenant in scope, in the database, so that a token
 * revoked on one node is refused on every node at once and after a restart, until it expires.
 */
@Stateless
@TenantIsolated
public class RevokedAccessTokens {

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  /**
   * Denies the token {@code jti} until it expires (idempotent), and purges the entries of this
   * tenant that have outlived their tokens.
   */
  public void deny(String jti, Instant expiresAt) {
    Instant now = CLOCK.instant();
    if (!isDenied(jti)) {
      em.persist(new RevokedToken(jti, expiresAt, now));
      em.flush(); // written while this tenant is the persistence context's tenant
    }
    em.createQuery("delete from RevokedToken r where r.expiresAt <= :now")
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Whether the token {@code jti} has been revoked and has not expired yet. */
  public boolean isDenied(String jti) {
    return em.createQuery("select r from RevokedToken r where r.jti = :jti", RevokedToken.class)
        .setParameter("jti", jti)
        .getResultStream()
        .anyMatch(revoked -> revoked.isInForce(CLOCK.instant()));
  }
}
