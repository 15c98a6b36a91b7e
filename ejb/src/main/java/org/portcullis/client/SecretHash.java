package org.portcullis.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A client secret as stored: the unpadded base64url SHA-256 of the secret. Generated secrets are
 * 256-bit random values, so a fast hash is enough (nothing to guess); comparison is constant time.
 */
public record SecretHash(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  public SecretHash {
    if (value == null || value.length() != 43) {
      throw new IllegalArgumentException("A secret hash is a base64url SHA-256 value");
    }
  }

  /** A new random secret (256 bits, base64url): show it once, store only its hash. */
  public static String generateSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return B64URL.encodeToString(bytes);
  }

  public static SecretHash of(String secret) {
    return new SecretHash(B64URL.encodeToString(sha256(secret)));
  }

  /** Whether {@code presented} is the secret, compared in constant time. */
  public boolean matches(String presented) {
    byte[] expected = value.getBytes(StandardCharsets.US_ASCII);
    byte[] actual = B64URL.encodeToString(sha256(presented)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "SecretHash[***]";
  }
}
