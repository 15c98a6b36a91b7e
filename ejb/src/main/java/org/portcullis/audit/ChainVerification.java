package org.portcullis.audit;

import java.util.Optional;

/**
 * The result of walking a tenant's chain: how many events it holds and, when a link does not hold,
 * the sequence number of the first one that breaks (an altered row, a missing one, a head that
 * points elsewhere).
 */
public record ChainVerification(long events, Optional<Long> firstBrokenLink) {

  static ChainVerification intact(long events) {
    return new ChainVerification(events, Optional.empty());
  }

  static ChainVerification brokenAt(long seq) {
    return new ChainVerification(seq - 1, Optional.of(seq));
  }

  /** Whether every link holds. */
  public boolean intact() {
    return firstBrokenLink.isEmpty();
  }
}
