package org.portcullis.token;

import org.portcullis.client.OAuthClient;
import org.portcullis.tenant.Issuer;

/**
 * One kind of token that clients may revoke at the revocation endpoint (RFC 7009). Implementations
 * are CDI beans; {@link TokenRevocation} asks the kind the {@code token_type_hint} names first,
 * then the others (RFC 7009 §2.1), until one recognises the token. Access tokens are one kind
 * ({@link AccessTokenRevocation}); the refresh-token store is to be the other ({@code
 * refresh_token}), revoking the refresh token and, where its policy says so, the tokens issued from
 * it.
 */
public interface RevocableTokens {

  /** The {@code token_type_hint} value of this kind (RFC 7009 §2.1, IANA registry). */
  String typeHint();

  /**
   * Revokes {@code token} if it is a token of this kind, issued by {@code issuer} (the tenant in
   * scope) to {@code client}, and still valid. Must never reveal through its timing or effects a
   * token that belongs to another client.
   *
   * @return what was found; {@link Result#NOT_RECOGNISED} lets the next kind try
   */
  Result revoke(Issuer issuer, String token, OAuthClient client);

  /** What a revocation attempt found. */
  enum Result {
    /** Not a valid token of this kind (malformed, forged, expired, of another tenant). */
    NOT_RECOGNISED,
    /** A valid token of this kind, issued to another client: left alone (RFC 7009 §2.1). */
    NOT_OWNED,
    /** Revoked now, or already revoked. */
    REVOKED
  }
}
