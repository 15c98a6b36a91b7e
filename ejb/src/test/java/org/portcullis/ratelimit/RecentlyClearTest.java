package org.portcullis.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.portcullis.tenant.TenantId;

class RecentlyClearTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RecentlyClear clear = new RecentlyClear(now::get);
  private final TenantId acme = new TenantId("acme");
  private final Attempt here = new Attempt("client", "app", "10.0.0.1");

  @Test
  void anEmptyReadStandsForOneSecondAtThatAddressOnly() {
    assertFalse(clear.isClear(acme, here));
    clear.remember(acme, here, clear.epoch());
    assertTrue(clear.isClear(acme, here));
    assertFalse(clear.isClear(acme, new Attempt("client", "app", "10.0.0.2")));
    assertFalse(clear.isClear(new TenantId("other"), here), "tenants never share");
    assertFalse(clear.isClear(acme, new Attempt("user", "app", "10.0.0.1")), "nor kinds");
    now.addAndGet(RecentlyClear.FOR.toNanos() - 1);
    assertTrue(clear.isClear(acme, here));
    now.addAndGet(1);
    assertFalse(clear.isClear(acme, here), "read again after a second");
  }

  @Test
  void aFailureForgetsTheSubjectAtEveryAddress() {
    Attempt elsewhere = new Attempt("client", "app", "10.0.0.2");
    Attempt bystander = new Attempt("client", "other-app", "10.0.0.1");
    clear.remember(acme, here, clear.epoch());
    clear.remember(acme, elsewhere, clear.epoch());
    clear.remember(acme, bystander, clear.epoch());
    clear.invalidate(acme, elsewhere);
    assertFalse(clear.isClear(acme, here), "the ceiling across addresses counts it too");
    assertFalse(clear.isClear(acme, elsewhere));
    assertTrue(clear.isClear(acme, bystander));
  }

  @Test
  void aReadOverlappingAFailureIsNotRemembered() {
    long before = clear.epoch();
    clear.invalidate(acme, new Attempt("client", "app", "10.0.0.9")); // while the read ran
    clear.remember(acme, here, before);
    assertFalse(clear.isClear(acme, here));
  }

  @Test
  void pastItsBoundItStartsAfresh() {
    for (int i = 0; i < RecentlyClear.MAX_SUBJECTS; i++) {
      clear.remember(acme, new Attempt("client", "c" + i, "10.0.0.1"), clear.epoch());
    }
    assertTrue(clear.isClear(acme, new Attempt("client", "c1", "10.0.0.1")));
    clear.remember(acme, here, clear.epoch());
    assertFalse(clear.isClear(acme, new Attempt("client", "c1", "10.0.0.1")));
    assertTrue(clear.isClear(acme, here));
  }
}
