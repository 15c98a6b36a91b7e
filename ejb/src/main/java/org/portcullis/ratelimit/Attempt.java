package org.portcullis.ratelimit;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An attempt to prove a secret: what kind of subject ({@code client}, {@code user}), which one (a
 * client id, a user id or userName), and the client address it comes from. Its failures count under
 * {@link #keys()}.
 *
 * @param kind a lower-case word naming the namespace of {@code subject}
 * @param subject the identifier the attempt claims; it is hashed before it is stored
 * @param address the peer's network address, or {@link #NO_ADDRESS} when there is none
 */
public record Attempt(String kind, String subject, String address) {

  /** The address of an attempt that did not come over the network. */
  public static final String NO_ADDRESS = "-";

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public Attempt {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("an attempt's kind is a lower-case word");
    }
    Objects.requireNonNull(subject, "subject");
    address = address == null || address.isBlank() ? NO_ADDRESS : address;
  }

  /** The subject at this address (strict), then the subject across addresses (the ceiling). */
  public List<ThrottleKey> keys() {
    return List.of(
        new ThrottleKey(
            ThrottleKey.Reach.SUBJECT_AT_ADDRESS, kind + "\n" + subject + "\n" + address),
        new ThrottleKey(ThrottleKey.Reach.SUBJECT, kind + "\n" + subject));
  }

  /** The key that a success clears: only this address's, never the ceiling. */
  ThrottleKey atAddress() {
    return keys().get(0);
  }

  @Override
  public String toString() {
    return "Attempt[kind=" + kind + ", subject=" + subject + "]"; // no address in logs
  }
}
