/**
 * Signing keys: each tenant's key rings (one per algorithm, ES256 and RS256), their rotation, the
 * JWKS that publishes them, and the master key that encrypts private keys at rest.
 *
 * <p>Owns {@link org.portcullis.key.SigningKey} (tenant-owned), {@link
 * org.portcullis.key.MasterKey}, {@link org.portcullis.key.SigningKeys} (the signer now, the
 * published set) and {@link org.portcullis.key.KeyRotation} (manual and scheduled rotation, run for
 * due tenants by {@link org.portcullis.key.KeyMaintenanceTimer}). A key is published ({@code NEXT})
 * at least the publication delay before it signs ({@code ACTIVE}), and stays published after it
 * stops ({@code RETIRED}) until every token it signed has expired; the succession rules are {@link
 * org.portcullis.key.KeyRing}'s, over instants stored with each key, so every node agrees on which
 * key signs without being told. A tenant gets its first ES256 key when it is created. Private keys
 * are decrypted once per node and held in memory ({@link org.portcullis.key.SignerCache}); they
 * never leave this package in any other form than a {@code JWSSigner}. Does not decide what a token
 * contains (feature {@code token}).
 */
package org.portcullis.key;
