package org.portcullis.key;

/** Where a key stands in its life. */
public enum KeyStatus {
  /** Published in the JWKS and signing new tokens. */
  ACTIVE,
  /** Published in the JWKS so that tokens it signed still verify; signs nothing new. */
  RETIRED
}
