/**
 * The token endpoint's rules: one {@link org.portcullis.token.GrantHandler} per grant type, chosen
 * through CDI by {@link org.portcullis.token.TokenService}, access tokens minted as JWTs ({@link
 * org.portcullis.token.AccessTokenMinter}: RFC 9068 claims plus MicroProfile JWT's {@code upn} and
 * {@code groups}, header {@code typ: JWT}) and verified ({@link
 * org.portcullis.token.AccessTokenVerifier}).
 *
 * <p>Does not own clients (feature {@code client}) or keys (feature {@code key}).
 */
package org.portcullis.token;
