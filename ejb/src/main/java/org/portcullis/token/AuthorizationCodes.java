package org.portcullis.token;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.ClientId;
import org.portcullis.client.SecretHash;
import org.portcullis.tenant.TenantIsolated;

/**
 * The authorization codes of the tenant in scope: issued at the authorization endpoint, redeemed
 * once at the token endpoint. A refused redemption writes nothing, except a replay: a code redeemed
 * before revokes what its first redemption issued (RFC 6749 §4.1.2, RFC 9700 §4.5) and is audited
 * as {@value #REPLAYED}.
 */
@Stateless
@TenantIsolated
public class AuthorizationCodes {

  /** Audit action of a code presented a second time; the target is the user. */
  public static final String REPLAYED = "token.code.replayed";

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private RevokedAccessTokens revokedAccessTokens;

  @Inject private RefreshTokens refreshTokens;

  @Inject private AuditTrail trail;

  // The issue asks for a 60-second life (RFC 6749 §4.1.2 recommends at most 10 minutes).
  @Inject
  @ConfigProperty(name = "portcullis.code.lifetime", defaultValue = "PT60S")
  private Duration lifetime;

  /** A new code for {@code grant}; its value is shown this once, only its hash is kept. */
  public String issue(CodeGrant grant) {
    String code = SecretHash.generateSecret();
    em.persist(new AuthorizationCode(code, grant, lifetime));
    // Codes outlive their use only as replay evidence; a day later they go.
    em.createQuery("delete from AuthorizationCode c where c.expiresAt < :before")
        .setParameter("before", CLOCK.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return code;
  }

  /** What a redemption found: the grant, or why it was refused. */
  public record Redemption(CodeGrant grant, String refusal) {

    static Redemption refused(String why) {
      return new Redemption(null, why);
    }

    public boolean succeeded() {
      return grant != null;
    }
  }

  /**
   * Redeems {@code code} for {@code client}. RFC 6749 §4.1.3: the code was issued to this client,
   * for this redirect URI, and has not expired; RFC 7636 §4.6: the verifier matches the challenge;
   * RFC 9700 §2.1.1: a verifier for a code issued without a challenge is refused (PKCE downgrade).
   */
  public Redemption redeem(String code, ClientId client, String redirectUri, String verifier) {
    AuthorizationCode found = locked(code);
    if (found == null || !found.clientId().equals(client.value())) {
      return Redemption.refused("The code is invalid or was issued to another client");
    }
    if (found.isRedeemed()) {
      revokeReplayed(found);
      return Redemption.refused("The code has been used before");
    }
    if (found.isExpired(CLOCK.instant())) {
      return Redemption.refused("The code has expired");
    }
    CodeGrant grant = found.grant();
    if (!grant.redirectUri().equals(redirectUri)) {
      return Redemption.refused("redirect_uri differs from the authorization request's");
    }
    if (grant.codeChallenge() == null
        ? verifier != null
        : !Pkce.verifies(grant.codeChallenge(), verifier)) {
      return Redemption.refused(
          grant.codeChallenge() == null
              ? "The code was issued without a code_challenge"
              : "code_verifier does not match the code_challenge");
    }
    found.redeem();
    return new Redemption(grant, null);
  }

  /**
   * Remembers what a redemption issued; when the code was replayed in the meantime, revokes it at
   * once.
   */
  public void recordIssued(String code, MintedToken accessToken, String refreshFamily) {
    AuthorizationCode found = locked(code);
    if (found == null) {
      return;
    }
    found.issued(accessToken, refreshFamily);
    if (found.wasReplayed()) {
      revokeIssued(found);
    }
  }

  /**
   * The code's row, locked until the transaction ends: concurrent redemptions, replays and the
   * record of what was issued take turns, so a replay that comes while the first redemption is
   * still minting is seen by one side or the other and nobody fails on a version conflict.
   */
  private AuthorizationCode locked(String code) {
    return em.find(
        AuthorizationCode.class, SecretHash.of(code).value(), LockModeType.PESSIMISTIC_WRITE);
  }

  private void revokeReplayed(AuthorizationCode code) {
    code.replayed();
    revokeIssued(code);
    trail.record(AuditRecord.failure(REPLAYED, code.userId()));
  }

  private void revokeIssued(AuthorizationCode code) {
    Instant now = CLOCK.instant();
    code.accessTokenJti()
        .filter(jti -> code.accessTokenExpires().map(now::isBefore).orElse(false))
        .ifPresent(jti -> revokedAccessTokens.deny(jti, code.accessTokenExpires().orElseThrow()));
    code.refreshFamily().ifPresent(refreshTokens::revokeFamily);
  }

  /** The clients that got a code in an SSO session: those a logout of it concerns. */
  public java.util.List<String> clientsOf(String sessionId) {
    return em.createQuery(
            "select distinct c.clientId from AuthorizationCode c where c.signIn.sessionId = :session",
            String.class)
        .setParameter("session", sessionId)
        .getResultList();
  }
}
