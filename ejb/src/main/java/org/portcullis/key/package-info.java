/**
 * Signing keys: each tenant's key set, the JWKS that publishes it, and the master key that encrypts
 * private keys at rest.
 *
 * <p>Owns {@link org.portcullis.key.SigningKey} (tenant-owned), {@link
 * org.portcullis.key.MasterKey} and {@link org.portcullis.key.SigningKeys}. A tenant gets its first
 * ES256 key when it is created. Private keys are decrypted once per node and held in memory ({@link
 * org.portcullis.key.SignerCache}); they never leave this package in any other form than a {@code
 * JWSSigner}. Does not decide what a token contains (feature {@code token}).
 */
package org.portcullis.key;
