package org.portcullis.key;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The keys of one algorithm of one tenant and the rules of their succession. Keys follow each other
 * in order of activation; the one that signs at an instant is the last to have activated by then,
 * and each key retires when its successor activates. No two keys wait at once: a rotation while one
 * waits is refused, or, when immediate, activates the waiting one.
 *
 * <p>Pure rules over instants given by the caller; {@link KeyRotation} persists what changes.
 */
final class KeyRing {

  /** Makes a sealed key of the ring's algorithm, published at {@code now}. */
  @FunctionalInterface
  interface KeyMaker {
    SigningKey make(SigningAlgorithm algorithm, Instant now, Instant activatesAt);
  }

  /**
   * The outcome of a rotation: the key that takes over, and whether it is new (to be stored) or a
   * waiting key brought forward.
   */
  record Rotation(SigningKey key, boolean created) {}

  private final SigningAlgorithm algorithm;
  private final RotationPolicy policy;
  private final List<SigningKey> keys;

  KeyRing(SigningAlgorithm algorithm, Collection<SigningKey> keys, RotationPolicy policy) {
    this.algorithm = algorithm;
    this.policy = policy;
    this.keys = new ArrayList<>(keys);
    if (this.keys.stream().anyMatch(k -> k.signingAlgorithm() != algorithm)) {
      throw new IllegalArgumentException("a ring holds keys of one algorithm");
    }
    this.keys.sort(Comparator.comparing(SigningKey::activatesAt));
  }

  SigningAlgorithm algorithm() {
    return algorithm;
  }

  /** The keys, in order of activation. */
  List<SigningKey> keys() {
    return List.copyOf(keys);
  }

  /** The key that signs at {@code now}. */
  Optional<SigningKey> activeAt(Instant now) {
    return keys.stream()
        .filter(k -> k.statusAt(now) == KeyStatus.ACTIVE)
        .max(Comparator.comparing(SigningKey::activatesAt));
  }

  /** The published key that waits to sign at {@code now}. */
  Optional<SigningKey> nextAt(Instant now) {
    return keys.stream().filter(k -> k.statusAt(now) == KeyStatus.NEXT).findFirst();
  }

  /**
   * A rotation asked for at {@code now}. Normally a new key is published now and signs after the
   * publication delay. An immediate rotation (a suspected compromise) stops the active key now: the
   * waiting key, if there is one, takes over at once (it has been published for a while already),
   * otherwise a new key does, which verifiers that cache the JWKS may refuse until they refetch it.
   *
   * @throws KeyRotationPendingException when a key waits and the rotation is not immediate
   */
  Rotation rotate(Instant now, boolean immediate, KeyMaker maker) {
    Optional<SigningKey> waiting = nextAt(now);
    if (waiting.isPresent() && !immediate) {
      SigningKey next = waiting.get();
      throw new KeyRotationPendingException(algorithm, next.kid(), next.activatesAt());
    }
    Optional<SigningKey> active = activeAt(now);
    if (waiting.isPresent()) {
      waiting.get().activateEarlier(now);
      active.ifPresent(k -> k.retireAt(now, policy.retention()));
      return new Rotation(waiting.get(), false);
    }
    Instant activatesAt = immediate ? now : now.plus(policy.publicationDelay());
    return new Rotation(succeed(now, activatesAt, maker), true);
  }

  /**
   * The scheduled rotation: once the latest key is within the notice period of its scheduled end,
   * its successor is published, to sign when the period ends (or after the publication delay, if
   * the rotation runs late).
   *
   * @return the new key, when one was due
   */
  Optional<SigningKey> rotateIfDue(Instant now, KeyMaker maker) {
    if (!isRotationDueAt(now)) {
      return Optional.empty();
    }
    Optional<SigningKey> latest = latest();
    Instant scheduledEnd = latest.get().activatesAt().plus(policy.rotationPeriod());
    Instant earliest = now.plus(policy.publicationDelay());
    Instant activatesAt = scheduledEnd.isAfter(earliest) ? scheduledEnd : earliest;
    return Optional.of(succeed(now, activatesAt, maker));
  }

  /**
   * Whether the scheduled rotation is due at {@code now}: the latest key nears its period's end.
   */
  boolean isRotationDueAt(Instant now) {
    return latest().filter(k -> !now.isBefore(rotationDueAt(k))).isPresent();
  }

  /** Removes and returns the keys that have left the JWKS at {@code now}. */
  List<SigningKey> removeExpired(Instant now) {
    List<SigningKey> expired = keys.stream().filter(k -> k.isExpiredAt(now)).toList();
    keys.removeAll(expired);
    return expired;
  }

  /** When this ring next needs work: a key expires, or the next scheduled rotation is due. */
  Optional<Instant> nextWorkAt() {
    Stream<Instant> expiries = keys.stream().flatMap(k -> k.expiresAt().stream());
    Stream<Instant> rotation = latest().map(this::rotationDueAt).stream();
    return Stream.concat(expiries, rotation).min(Comparator.naturalOrder());
  }

  private SigningKey succeed(Instant now, Instant activatesAt, KeyMaker maker) {
    SigningKey successor = maker.make(algorithm, now, activatesAt);
    activeAt(now).ifPresent(k -> k.retireAt(activatesAt, policy.retention()));
    keys.add(successor);
    return successor;
  }

  private Optional<SigningKey> latest() {
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(keys.size() - 1));
  }

  private Instant rotationDueAt(SigningKey key) {
    return key.activatesAt().plus(policy.rotationPeriod()).minus(policy.notice());
  }
}
