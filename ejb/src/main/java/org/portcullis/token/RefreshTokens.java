package org.portcullis.token;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.ClientId;
import org.portcullis.client.SecretHash;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.lifetime.TokenLifetimes;
import org.portcullis.tenant.TenantIsolated;

/**
 * The refresh tokens of the tenant in scope, rotated on every use (RFC 9700 §4.14.2). Presenting a
 * token that was already rotated means two parties hold it: the whole family is revoked, with the
 * access tokens it issued, and audited as {@value #REUSED}. A token bound to an SSO session (no
 * {@code offline_access}) ends with the session.
 */
@Stateless
@TenantIsolated
public class RefreshTokens {

  /** Audit action of a rotated refresh token presented again; the target is the user. */
  public static final String REUSED = "token.refresh.reused";

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private RevokedAccessTokens revokedAccessTokens;

  @Inject private AuditTrail trail;

  @Inject private TokenLifetimePolicies lifetimes;

  /** A refresh token's value (shown once) and the family it belongs to. */
  public record Issued(String token, String familyId) {

    @Override
    public String toString() {
      return "Issued[token=***, family=" + familyId + "]";
    }
  }

  /** The first token of a new family. */
  public Issued issue(RefreshGrant grant) {
    Instant now = CLOCK.instant();
    String token = SecretHash.generateSecret();
    String family = UUID.randomUUID().toString();
    TokenLifetimes lifetimes = this.lifetimes.current();
    Instant familyExpires =
        now.plus(grant.offline() ? lifetimes.offlineMax() : lifetimes.refreshMax());
    em.persist(
        new RefreshToken(token, family, grant, now, idleOf(grant, lifetimes), familyExpires));
    // Families past their absolute lifetime are dead; a day later their rows go.
    em.createQuery("delete from RefreshToken r where r.familyExpiresAt < :before")
        .setParameter("before", now.minus(Duration.ofDays(1)).atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    return new Issued(token, family);
  }

  /** What a rotation found: the grant and the next token, or why it was refused. */
  public record Rotation(RefreshGrant grant, Issued next, String refusal) {

    static Rotation refused(String why) {
      return new Rotation(null, null, why);
    }

    public boolean succeeded() {
      return grant != null;
    }
  }

  /**
   * Uses {@code token} once for {@code client}: on success it is rotated and the next token of its
   * family is returned. RFC 6749 §6: the token was issued to this client and is valid.
   */
  public Rotation rotate(String token, ClientId client) {
    Instant now = CLOCK.instant();
    // Locked until the rotation commits: a second use of the same token waits, then finds it
    // rotated and revokes the family (the race is a reuse too, and never a version conflict).
    RefreshToken found = locked(token).orElse(null);
    if (found == null || !found.clientId().equals(client.value())) {
      return Rotation.refused("The refresh token is invalid or was issued to another client");
    }
    if (found.isRevoked()) {
      return Rotation.refused("The refresh token has been revoked");
    }
    if (found.isRotated()) {
      // RFC 9700 §4.14.2: reuse of a rotated token revokes the family.
      revokeFamily(found.familyId());
      trail.record(AuditRecord.failure(REUSED, found.userId()));
      return Rotation.refused("The refresh token has been used before");
    }
    if (found.isExpired(now)) {
      return Rotation.refused("The refresh token has expired");
    }
    found.rotate(now);
    RefreshGrant grant = found.grant();
    String next = SecretHash.generateSecret();
    em.persist(
        new RefreshToken(
            next,
            found.familyId(),
            grant,
            now,
            idleOf(grant, lifetimes.current()),
            found.familyExpiresAt()));
    return new Rotation(grant, new Issued(next, found.familyId()), null);
  }

  /** Remembers the access token issued with {@code token}, to revoke it with its family. */
  public void recordAccessToken(String token, MintedToken accessToken) {
    locked(token)
        .ifPresent(
            found -> {
              found.issuedWith(accessToken);
              // The family was revoked while the token was minted (a reuse, a revocation, a
              // logout): the access token goes with it.
              if (found.isRevoked() || familyRevoked(found.familyId())) {
                revoke(found, CLOCK.instant());
              }
            });
  }

  private boolean familyRevoked(String familyId) {
    // A range rather than "is not null": H2 reads (tenant_id, family_id, revoked_at) for a range
    // but not for "is not null", and would visit every rotated token of the family instead.
    return em.createQuery(
                "select count(r) from RefreshToken r where r.familyId = :family"
                    + " and r.revokedAt >= :epoch",
                Long.class)
            .setParameter("family", familyId)
            .setParameter("epoch", Instant.EPOCH.atOffset(java.time.ZoneOffset.UTC))
            .getSingleResult()
        > 0;
  }

  /**
   * RFC 7009 §2.1: revokes the family of {@code token} when it was issued to {@code client}, with
   * the access tokens it issued.
   */
  public RevocableTokens.Result revoke(String token, ClientId client) {
    Optional<RefreshToken> found = find(token);
    if (found.isEmpty()) {
      return RevocableTokens.Result.NOT_RECOGNISED;
    }
    if (!found.get().clientId().equals(client.value())) {
      return RevocableTokens.Result.NOT_OWNED;
    }
    revokeFamily(found.get().familyId());
    trail.record(AuditRecord.success(TokenRevocation.REVOKED, found.get().familyId()));
    return RevocableTokens.Result.REVOKED;
  }

  /** Revokes every token of a family and the access tokens they issued that are still valid. */
  public void revokeFamily(String familyId) {
    Instant now = CLOCK.instant();
    em.createQuery(
            "select r from RefreshToken r where r.familyId = :family order by r.id",
            RefreshToken.class)
        .setParameter("family", familyId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(token -> revoke(token, now));
  }

  /** Revokes the tokens bound to an SSO session that ended; offline tokens stay. */
  public void revokeSession(String sessionId) {
    Instant now = CLOCK.instant();
    em.createQuery(
            "select r from RefreshToken r where r.signIn.sessionId = :session and r.offline = false"
                + " and r.revokedAt is null order by r.id",
            RefreshToken.class)
        .setParameter("session", sessionId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(token -> revoke(token, now));
  }

  private void revoke(RefreshToken token, Instant now) {
    token.revoke(now);
    token
        .liveAccessToken(now)
        .ifPresent(access -> revokedAccessTokens.deny(access.jti(), access.expiresAt()));
  }

  /** The token's row, locked until the transaction ends. */
  private Optional<RefreshToken> locked(String token) {
    return Optional.ofNullable(
        em.find(RefreshToken.class, SecretHash.of(token).value(), LockModeType.PESSIMISTIC_WRITE));
  }

  private Optional<RefreshToken> find(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(RefreshToken.class, SecretHash.of(token).value()));
  }

  /** The tenant's idle lifetime now: a change applies from the next rotation on. */
  private static Duration idleOf(RefreshGrant grant, TokenLifetimes lifetimes) {
    return grant.offline() ? lifetimes.offlineIdle() : lifetimes.refreshIdle();
  }
}
