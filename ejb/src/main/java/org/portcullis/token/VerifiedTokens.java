package org.portcullis.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens whose signature and claims have been checked, by the token's text, so that a client
 * that presents the same token again costs a map lookup instead of a key set query and a signature
 * check. An entry holds until the token's {@code exp} plus the clock skew (as long as the check it
 * replaces would pass) and for at most {@link #MAX_AGE_SECONDS}; revocation is not cached here: the
 * verifier asks the denylist on every use. In process memory only: every node verifies for itself,
 * and a lost entry costs one verification. Bounded to {@link #MAX_ENTRIES}.
 */
final class VerifiedTokens {

  static final int MAX_ENTRIES = 10_000;

  static final long MAX_AGE_SECONDS = 300;

  /** A token checked for {@code issuer}, its (signed) {@code iss}, until {@code until}. */
  record Entry(String issuer, JWTClaimsSet claims, Instant until) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** {@code token} as checked before, if the check still holds at {@code now}. */
  Optional<Entry> get(String token, Instant now) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.until())) {
      entries.remove(token, entry);
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  /** Remembers checked claims until {@code until} (at most {@link #MAX_AGE_SECONDS} from now). */
  void put(String token, String issuer, JWTClaimsSet claims, Instant until, Instant now) {
    Instant latest = now.plusSeconds(MAX_AGE_SECONDS);
    Instant end = until.isBefore(latest) ? until : latest;
    if (!now.isBefore(end)) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // many live tokens at once: start over rather than grow
      }
    }
    entries.put(token, new Entry(issuer, claims, end));
  }
}
