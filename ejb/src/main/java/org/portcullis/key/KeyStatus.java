package org.portcullis.key;

/**
 * Where a key stands in its life at a given instant, read from its timestamps (see {@link
 * SigningKey#statusAt}). Every status is published in the JWKS; a key leaves it when it expires.
 */
public enum KeyStatus {
  /** Published, not signing yet: verifiers that cache the JWKS learn it before they meet it. */
  NEXT,
  /** Published and signing new tokens: one per algorithm at any instant. */
  ACTIVE,
  /** Published, no longer signing: tokens it signed still verify until it expires. */
  RETIRED
}
