package org.portcullis.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What failures are counted under: a reach (which policy applies) and a value. Only the SHA-256 of
 * both is stored ({@link #hash()}), so that the table holds no user names or addresses.
 */
public record ThrottleKey(Reach reach, String value) {

  /** How far a key reaches, and so which policy applies to it. */
  public enum Reach {
    /** One subject from one client address: strict. */
    SUBJECT_AT_ADDRESS,
    /** One subject from every address: a much higher ceiling that slows, never locks. */
    SUBJECT
  }

  public ThrottleKey {
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(value, "value");
  }

  /** The lower-case hex SHA-256 of the reach and the value: the stored key. */
  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((reach.name() + "\n" + value).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "ThrottleKey[" + reach + ", " + hash().substring(0, 12) + "]";
  }
}
