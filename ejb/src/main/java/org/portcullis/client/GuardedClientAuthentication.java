package org.portcullis.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.portcullis.audit.AuditContext;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.platform.OAuthException;
import org.portcullis.ratelimit.Attempt;
import org.portcullis.ratelimit.Throttle;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Client authentication at every endpoint where a client proves its secret (token, revocation,
 * introspection): {@link ClientAuthentication} behind brute-force protection, audited.
 *
 * <p>Failures count per client id at the client address and per client id across addresses ({@link
 * Throttle}); a client that must wait gets a {@link org.portcullis.ratelimit.ThrottledException}
 * before its secret is even looked at. Each failure is audited as {@value #FAILED} with the
 * presented client id as target (whether or not such a client exists, which only the tenant's
 * admins learn); once authenticated, the client is the actor of whatever the request records.
 */
@ApplicationScoped
public class GuardedClientAuthentication {

  /** The {@link Attempt} kind of client authentication. */
  public static final String ATTEMPT_KIND = "client";

  /** Audit action of a failed client authentication. */
  public static final String FAILED = "client.authentication.failed";

  /** The actor of a request whose client has not (yet) authenticated. */
  static final String UNAUTHENTICATED = "anonymous";

  @Inject private ClientAuthentication authentication;

  @Inject private Throttle throttle;

  @Inject private AuditContext audit;

  @Inject private AuditTrail trail;

  @Inject private RecentClients recentClients;

  @Inject private TenantScope scope;

  /**
   * The client these credentials belong to.
   *
   * @throws OAuthException {@code invalid_client} when they do not authenticate a client
   * @throws org.portcullis.ratelimit.ThrottledException when this client id has failed too often
   *     from this address (or from everywhere) and must wait
   */
  public OAuthClient authenticate(Issuer issuer, PresentedCredentials credentials) {
    audit.identify(UNAUTHENTICATED);
    String presented = credentials.clientId();
    if (!ClientId.isValid(presented)) {
      // Never a client id: nothing to guess and nothing to count, so no counter is written.
      return verified(issuer, credentials, null);
    }
    Attempt attempt =
        new Attempt(ATTEMPT_KIND, presented, audit.clientAddress().orElse(Attempt.NO_ADDRESS));
    Throttle.Checked checked = throttle.check(attempt);
    OAuthClient client = verified(issuer, credentials, attempt);
    throttle.succeeded(checked);
    audit.identify(client.clientId().value());
    return client;
  }

  /**
   * Authenticates; a failure is counted under {@code attempt} (when there is one) and audited. A
   * client that authenticated here a moment ago is checked against the row read then ({@link
   * RecentClients}); anything that row does not accept, and every assertion, is checked against a
   * fresh read.
   */
  private OAuthClient verified(Issuer issuer, PresentedCredentials credentials, Attempt attempt) {
    TenantId tenant = scope.require();
    if (credentials.assertion() == null) {
      Optional<OAuthClient> recent = recentClients.find(tenant, credentials.clientId());
      if (recent.isPresent() && ClientAuthentication.accepts(recent.get(), credentials)) {
        return recent.get();
      }
    }
    long epoch = recentClients.epoch();
    try {
      OAuthClient client = authentication.authenticate(issuer, credentials);
      if (credentials.assertion() == null) {
        recentClients.keep(tenant, client, epoch);
      }
      return client;
    } catch (OAuthException failure) {
      if (attempt != null) {
        throttle.failed(attempt);
      }
      trail.record(AuditRecord.failure(FAILED, attempt == null ? null : attempt.subject()));
      throw failure;
    }
  }
}
