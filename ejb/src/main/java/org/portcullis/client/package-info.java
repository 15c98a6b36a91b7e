/**
 * OAuth clients of a tenant: their registration ({@link org.portcullis.client.OAuthClient}) and
 * their authentication at the token endpoint ({@link org.portcullis.client.ClientAuthentication}),
 * behind brute-force protection and audit at every endpoint that authenticates clients ({@link
 * org.portcullis.client.GuardedClientAuthentication}).
 *
 * <p>Secrets are 256-bit random values stored as SHA-256 hashes and compared in constant time
 * ({@link org.portcullis.client.SecretHash}). Does not issue tokens (feature {@code token}).
 */
package org.portcullis.client;
