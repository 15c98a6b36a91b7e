package org.portcullis.web.audit;

import org.portcullis.audit.ChainVerification;

/**
 * The verification of a trail: {@code {"intact":true,"events":N}} or {@code
 * {"intact":false,"brokenAt":seq}} (null members are left out).
 */
public record ChainReport(boolean intact, Long events, Long brokenAt) {

  static ChainReport of(ChainVerification verification) {
    return verification
        .firstBrokenLink()
        .map(seq -> new ChainReport(false, null, seq))
        .orElseGet(() -> new ChainReport(true, verification.events(), null));
  }
}
