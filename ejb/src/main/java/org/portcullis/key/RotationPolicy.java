package org.portcullis.key;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing rules of key rotation.
 *
 * <ul>
 *   <li>A key signs for {@code rotationPeriod} from its activation, then its successor takes over.
 *   <li>A new key is published {@code publicationDelay} before it signs. The JWKS is cached for at
 *       most {@link #jwksMaxAge()}, which never exceeds that delay, so every verifier that honours
 *       the cache header has the key before it meets a token signed with it (contract, "Keys").
 *   <li>A retired key stays published for {@link #retention()}: the longest token lifetime plus a
 *       margin for clock skew and late refreshes of a node's signer cache.
 * </ul>
 *
 * @param rotationPeriod how long a key signs before the scheduled rotation replaces it
 * @param publicationDelay how long a new key is published before it signs
 */
public record RotationPolicy(Duration rotationPeriod, Duration publicationDelay) {

  /** The contract's bound on the JWKS {@code Cache-Control: max-age}. */
  public static final Duration JWKS_MAX_AGE = Duration.ofSeconds(300);

  /**
   * The longest lifetime of any token a key signs: access tokens are at most 3600 s (contract,
   * "Lifetimes"); ID tokens will keep within the same bound.
   */
  public static final Duration LONGEST_TOKEN_LIFETIME = Duration.ofSeconds(3600);

  /** Clock skew between nodes and verifiers (60 s) and a node's late signer refresh, with room. */
  static final Duration RETENTION_MARGIN = Duration.ofMinutes(10);

  /** How early the scheduled rotation publishes the next key at most: a day's notice. */
  static final Duration NOTICE = Duration.ofDays(1);

  /** The production defaults: 90 days, and exactly the contract's JWKS cache bound. */
  public static final RotationPolicy DEFAULT =
      new RotationPolicy(Duration.ofDays(90), JWKS_MAX_AGE);

  public RotationPolicy {
    Objects.requireNonNull(rotationPeriod, "rotationPeriod");
    Objects.requireNonNull(publicationDelay, "publicationDelay");
    if (publicationDelay.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("the publication delay is at least one second");
    }
    if (rotationPeriod.compareTo(publicationDelay.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException(
          "the rotation period must be at least twice the publication delay");
    }
  }

  /** The JWKS {@code max-age}: the contract's 300 s, or the publication delay when shorter. */
  public Duration jwksMaxAge() {
    return publicationDelay.compareTo(JWKS_MAX_AGE) < 0 ? publicationDelay : JWKS_MAX_AGE;
  }

  /** How long a retired key stays published: every token it signed has expired by then. */
  public Duration retention() {
    return LONGEST_TOKEN_LIFETIME.plus(RETENTION_MARGIN);
  }

  /**
   * How long before a key's scheduled end its successor is published: a day, but never less than
   * the publication delay nor more than half the period.
   */
  public Duration notice() {
    Duration half = rotationPeriod.dividedBy(2);
    Duration notice = NOTICE.compareTo(half) < 0 ? NOTICE : half;
    return notice.compareTo(publicationDelay) < 0 ? publicationDelay : notice;
  }

  /**
   * How long a node may sign from what it read of the key set before it reads again: short enough
   * that an emergency rotation is in force everywhere within seconds, and shorter than the
   * publication delay, so a node always sees a next key before it takes over.
   */
  public Duration signerRefresh() {
    Duration tenSeconds = Duration.ofSeconds(10);
    Duration half = publicationDelay.dividedBy(2);
    return half.compareTo(tenSeconds) < 0 ? half : tenSeconds;
  }
}
