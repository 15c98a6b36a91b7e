package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.OAuthClient;
import org.portcullis.tenant.Issuer;

/**
 * Revocation of access tokens (JWTs): a valid token of the tenant, issued to the revoking client,
 * goes on the denylist ({@link RevokedAccessTokens}) by its {@code jti} until it expires, audited
 * as {@value TokenRevocation#REVOKED} with the {@code jti} as target.
 */
@ApplicationScoped
public class AccessTokenRevocation implements RevocableTokens {

  /** RFC 7009 §2.1 / IANA: the hint for access tokens. */
  public static final String HINT = "access_token";

  @Inject private AccessTokenVerifier verifier;

  @Inject private RevokedAccessTokens denylist;

  @Inject private AuditTrail trail;

  @Override
  public String typeHint() {
    return HINT;
  }

  @Override
  public Result revoke(Issuer issuer, String token, OAuthClient client) {
    var found = verifier.inspect(token, issuer);
    if (found.isEmpty()) {
      return Result.NOT_RECOGNISED; // invalid, expired, of another tenant, or revoked already
    }
    // RFC 7009 §2.1: the token must have been issued to the client that revokes it.
    if (!client.clientId().value().equals(found.get().clientId())) {
      return Result.NOT_OWNED;
    }
    denylist.deny(found.get().jwtId(), found.get().expiresAt());
    trail.record(AuditRecord.success(TokenRevocation.REVOKED, found.get().jwtId()));
    return Result.REVOKED;
  }
}
