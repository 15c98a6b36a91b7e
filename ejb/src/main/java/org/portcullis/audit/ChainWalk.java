package org.portcullis.audit;

import org.portcullis.tenant.TenantId;

/**
 * One pass over a tenant's chain in sequence order: each event must carry the next sequence number,
 * the previous event's hash, and the hash of what it states. Stops at the first broken link.
 */
final class ChainWalk {

  private final TenantId tenant;
  private long verified;
  private String previousHash = AuditEntry.GENESIS;
  private Long brokenAt;

  ChainWalk(TenantId tenant) {
    this.tenant = tenant;
  }

  /** The sequence number up to which every link holds. */
  long verifiedUpTo() {
    return verified;
  }

  boolean intact() {
    return brokenAt == null;
  }

  void accept(AuditEvent event) {
    if (!intact()) {
      return;
    }
    long expected = verified + 1;
    if (event.seq() != expected) {
      brokenAt = expected; // a missing event: the gap is where the chain breaks
    } else if (!event.previousHash().equals(previousHash) || !event.isIntact(tenant)) {
      brokenAt = expected;
    } else {
      verified = expected;
      previousHash = event.hash();
    }
  }

  /** The result, once the events up to the head have been accepted. */
  ChainVerification endsAt(AuditChainHead head) {
    if (!intact()) {
      return ChainVerification.brokenAt(brokenAt);
    }
    if (verified != head.seq()) {
      return ChainVerification.brokenAt(verified + 1); // events the head counts are gone
    }
    if (!previousHash.equals(head.hash())) {
      return ChainVerification.brokenAt(
          Math.max(1, verified)); // the last event was rewritten as a whole
    }
    return ChainVerification.intact(verified);
  }
}
