package org.portcullis.session;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.SecretHash;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantIsolated;

/**
 * The SSO sessions of the tenant in scope: started at sign-in, found by the browser's cookie, ended
 * at logout. The cookie value is {@code <session id>.<secret>}; only the secret's hash is stored,
 * so the database alone cannot be used to take over a browser's session.
 */
@Stateless
@TenantIsolated
public class SsoSessions {

  public static final String STARTED = "session.started";
  public static final String ENDED = "session.ended";
  public static final String REAUTHENTICATED = "session.reauthenticated";

  private static final int ID_LENGTH = 36;

  @PersistenceContext private EntityManager em;

  @Inject private AuditTrail trail;

  @Inject private Event<SessionEnded> ended;

  @Inject private TokenLifetimePolicies lifetimes;

  /** A started session and the cookie value that names it, shown this once. */
  public record Started(SsoSession session, String cookieValue) {

    @Override
    public String toString() {
      return "Started[" + session.id() + "]";
    }
  }

  /**
   * Starts a session for a user who has just signed in.
   *
   * @param amr the methods the user proved (RFC 8176), e.g. {@code pwd}
   * @param acr the level those methods reach
   */
  public Started start(String userId, List<String> amr, String acr) {
    String secret = SecretHash.generateSecret();
    SsoSession session =
        new SsoSession(
            userId, SecretHash.of(secret).value(), amr, acr, lifetimes.current().session());
    em.persist(session);
    trail.record(AuditRecord.success(STARTED, signInTarget(userId, amr, acr)));
    return new Started(session, session.id() + "." + secret);
  }

  /** Records a new sign-in of the session's own user, who keeps the session (and its cookie). */
  public void reauthenticate(SsoSession session, List<String> amr, String acr) {
    SsoSession managed = em.merge(session);
    managed.reauthenticated(amr, acr);
    trail.record(AuditRecord.success(REAUTHENTICATED, signInTarget(managed.userId(), amr, acr)));
  }

  /**
   * The audit target of a sign-in: the user and what the sign-in proved, such as {@code <user id>
   * amr=pwd,hwk,mfa acr=2}.
   */
  static String signInTarget(String userId, List<String> amr, String acr) {
    return userId + " amr=" + String.join(",", amr) + " acr=" + acr;
  }

  /** The active session a cookie value names, if it names one. */
  public Optional<SsoSession> find(String cookieValue) {
    if (cookieValue == null
        || cookieValue.length() <= ID_LENGTH + 1
        || cookieValue.charAt(ID_LENGTH) != '.') {
      return Optional.empty();
    }
    return byId(cookieValue.substring(0, ID_LENGTH))
        .filter(s -> s.secretMatches(cookieValue.substring(ID_LENGTH + 1)))
        .filter(SsoSession::isActive);
  }

  /** The session with this id, active or not. */
  public Optional<SsoSession> byId(String id) {
    if (id == null || id.length() != ID_LENGTH) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(SsoSession.class, id));
  }

  /**
   * Ends the session and tells the features that hold what it issued ({@link SessionEnded}); ending
   * an ended session changes nothing.
   */
  public void end(Issuer issuer, String sessionId) {
    byId(sessionId).filter(SsoSession::isActive).ifPresent(session -> end(issuer, session));
  }

  /** Ends every active session of a user (an admin's "end sessions", a disabled user). */
  public int endAllOf(Issuer issuer, String userId) {
    List<SsoSession> active =
        em.createQuery(
                "select s from SsoSession s where s.userId = :user and s.endedAt is null",
                SsoSession.class)
            .setParameter("user", userId)
            .getResultList();
    active.stream().filter(SsoSession::isActive).forEach(session -> end(issuer, session));
    return active.size();
  }

  private void end(Issuer issuer, SsoSession session) {
    session.end();
    trail.record(AuditRecord.success(ENDED, session.userId()));
    ended.fire(new SessionEnded(issuer, session.id(), session.userId()));
  }
}
