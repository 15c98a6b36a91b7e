package org.portcullis.key;

/**
 * The tenant has no key of an algorithm that signs now: it never rotated one in for that algorithm
 * (ES256 keys exist from a tenant's creation; an RS256 key from the first RS256 rotation on).
 */
public class NoActiveSigningKeyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public NoActiveSigningKeyException(SigningAlgorithm algorithm) {
    super("The tenant has no active " + algorithm + " signing key");
  }
}
