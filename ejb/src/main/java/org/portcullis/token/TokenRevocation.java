package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.portcullis.client.GuardedClientAuthentication;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.PresentedCredentials;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/**
 * The revocation endpoint of the tenant in scope (RFC 7009). The client authenticates (§2.1); then
 * whatever the token is (unknown, invalid, expired, another client's, revoked already) the answer
 * is the same success (§2.2), so that it tells nothing about tokens. Each {@link RevocableTokens}
 * kind audits what it revokes as {@value #REVOKED}, with the token's identifier (an access token's
 * {@code jti}) as target and the client as actor; the token itself is never recorded.
 */
@ApplicationScoped
public class TokenRevocation {

  /** Audit action of a revoked token; its target is the token's identifier, never the token. */
  public static final String REVOKED = "token.revoked";

  @Inject private GuardedClientAuthentication clients;

  @Inject @Any private Instance<RevocableTokens> kinds;

  /**
   * Revokes the request's {@code token} if the authenticated client may.
   *
   * @throws OAuthException {@code invalid_client} (401), or {@code invalid_request} without a token
   * @throws org.portcullis.ratelimit.ThrottledException when the client must wait
   */
  public void revoke(Issuer issuer, PresentedCredentials credentials, TokenRequest request) {
    OAuthClient client = clients.authenticate(issuer, credentials);
    String token =
        request
            .single("token")
            .orElseThrow(() -> new OAuthException(OAuthError.INVALID_REQUEST, "token is missing"));
    // RFC 7009 §2.1: the hint is tried first; an unknown hint is ignored, never an error here.
    Optional<String> hint = request.single("token_type_hint");
    for (RevocableTokens kind : inHintOrder(hint)) {
      if (kind.revoke(issuer, token, client) != RevocableTokens.Result.NOT_RECOGNISED) {
        return;
      }
    }
  }

  private List<RevocableTokens> inHintOrder(Optional<String> hint) {
    return kinds.stream()
        .sorted(
            Comparator.comparing(kind -> hint.map(h -> !h.equals(kind.typeHint())).orElse(true)))
        .toList();
  }
}
