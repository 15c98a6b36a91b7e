package org.portcullis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.portcullis.tenant.TenantId;

class AuditChainHeadTest {

  private static final TenantId ACME = new TenantId("acme");

  @Test
  void eachEventLinksToThePreviousOneAndTheFirstToTheGenesisHash() {
    AuditChainHead head = new AuditChainHead(ACME);
    AuditEvent first = append(head, "tenant.created");
    AuditEvent second = append(head, "client.registered");

    assertEquals(1, first.seq());
    assertEquals("0".repeat(64), first.previousHash());
    assertEquals(2, second.seq());
    assertEquals(first.hash(), second.previousHash());
    assertEquals(2, head.seq());
    assertEquals(second.hash(), head.hash());
    assertTrue(first.isIntact(ACME) && second.isIntact(ACME));
    assertFalse(second.isIntact(new TenantId("globex")), "the tenant is part of the hash");
  }

  @Test
  void aWalkOverAnIntactChainCountsItsEventsAndStopsAtAGap() {
    AuditChainHead head = new AuditChainHead(ACME);
    AuditEvent first = append(head, "a.one");
    append(head, "a.two");
    AuditEvent third = append(head, "a.three");

    ChainWalk gap = new ChainWalk(ACME);
    gap.accept(first);
    gap.accept(third);
    assertEquals(new ChainVerification(1, java.util.Optional.of(2L)), gap.endsAt(head));

    ChainWalk truncated = new ChainWalk(ACME);
    truncated.accept(first);
    assertEquals(java.util.Optional.of(2L), truncated.endsAt(head).firstBrokenLink());
  }

  private static AuditEvent append(AuditChainHead head, String action) {
    return head.append(ACME, Instant.now(), "tester", null, AuditRecord.success(action, "t"));
  }
}
