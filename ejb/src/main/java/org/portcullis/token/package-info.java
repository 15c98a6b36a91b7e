/**
 * The token endpoint's rules: one {@link org.portcullis.token.GrantHandler} per grant type, chosen
 * through CDI by {@link org.portcullis.token.TokenService}, access tokens minted as JWTs ({@link
 * org.portcullis.token.AccessTokenMinter}: RFC 9068 claims plus MicroProfile JWT's {@code upn} and
 * {@code groups}, header {@code typ: JWT}) and verified ({@link
 * org.portcullis.token.AccessTokenVerifier}).
 *
 * <p>Also revocation (RFC 7009, {@link org.portcullis.token.TokenRevocation}: one {@link
 * org.portcullis.token.RevocableTokens} per kind of token, access tokens through a denylist by
 * {@code jti} in the database, {@link org.portcullis.token.RevokedAccessTokens}, that the verifier
 * consults on every node) and introspection (RFC 7662, {@link
 * org.portcullis.token.TokenIntrospection}).
 *
 * <p>Does not own clients (feature {@code client}) or keys (feature {@code key}).
 */
package org.portcullis.token;
