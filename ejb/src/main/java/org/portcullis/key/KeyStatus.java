package org.portcullis.key;

/** Where a key stands in its life. */
public enum KeyStatus {
  /** Published in the JWKS and signing new tokens. Rotation adds the states before and after. */
  ACTIVE
}
