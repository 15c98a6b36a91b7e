package org.portcullis.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636) with the {@code S256} method only: {@code plain} is
 * refused (RFC 9700 §2.1.1), so a challenge seen in transit reveals nothing.
 */
public final class Pkce {

  /** The only method offered. */
  public static final String S256 = "S256";

  // RFC 7636 §4.1: 43 to 128 unreserved characters.
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

  // RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is always 43 characters.
  private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

  private Pkce() {}

  /** Whether {@code challenge} can be an S256 code challenge. */
  public static boolean isChallenge(String challenge) {
    return challenge != null && S256_CHALLENGE.matcher(challenge).matches();
  }

  /** RFC 7636 §4.6: whether {@code verifier} is the one the challenge was derived from. */
  public static boolean verifies(String challenge, String verifier) {
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      return false;
    }
    return MessageDigest.isEqual(
        challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
        challenge.getBytes(StandardCharsets.US_ASCII));
  }

  /** The S256 challenge of a verifier. */
  public static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
