package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.GuardedClientAuthentication;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.PresentedCredentials;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/**
 * The introspection endpoint of the tenant in scope (RFC 7662), for its confidential clients (the
 * resource servers): a valid, unexpired, unrevoked access token of this tenant is active; anything
 * else (malformed, forged, expired, revoked, another tenant's, a refresh token) is not, and the
 * answer does not say why (§2.2). Each introspection is audited as {@value #INTROSPECTED} with the
 * client as actor and no token content.
 */
@ApplicationScoped
public class TokenIntrospection {

  /** Audit action of an introspection. */
  public static final String INTROSPECTED = "token.introspected";

  @Inject private GuardedClientAuthentication clients;

  @Inject private AccessTokenVerifier verifier;

  @Inject private AuditTrail trail;

  /**
   * What the request's {@code token} says when it is active; empty when it is not.
   *
   * @throws OAuthException {@code invalid_client} (401) when the client does not authenticate or is
   *     public, {@code invalid_request} without a token
   * @throws org.portcullis.ratelimit.ThrottledException when the client must wait
   */
  public Optional<ActiveAccessToken> introspect(
      Issuer issuer, PresentedCredentials credentials, TokenRequest request) {
    OAuthClient client = clients.authenticate(issuer, credentials);
    // RFC 7662 §2.1: the endpoint requires authorization; only confidential clients have it here.
    if (!client.isConfidential()) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
    }
    String token =
        request
            .single("token")
            .orElseThrow(() -> new OAuthException(OAuthError.INVALID_REQUEST, "token is missing"));
    request.single("token_type_hint"); // optional (§2.1); repeated is invalid_request
    Optional<ActiveAccessToken> active = verifier.inspect(token, issuer);
    trail.record(AuditRecord.success(INTROSPECTED, null));
    return active;
  }
}
