package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.portcullis.directory.Roles;
import org.portcullis.tenant.TenantId;

class RecentClientsTest {

  private final AtomicLong now = new AtomicLong(5_000);
  private final RecentClients recent = new RecentClients(now::get);
  private final TenantId acme = new TenantId("acme");
  private final OAuthClient reporting = client("reporting");

  @Test
  void aClientReadForASuccessStandsForOneSecondInItsTenantOnly() {
    assertEquals(Optional.empty(), recent.find(acme, "reporting"));
    recent.keep(acme, reporting, recent.epoch());
    assertEquals(Optional.of(reporting), recent.find(acme, "reporting"));
    assertEquals(Optional.empty(), recent.find(new TenantId("other"), "reporting"));
    now.addAndGet(RecentClients.FOR.toNanos() - 1);
    assertTrue(recent.find(acme, "reporting").isPresent());
    now.addAndGet(1);
    assertFalse(recent.find(acme, "reporting").isPresent(), "read again after a second");
  }

  @Test
  void aCommittedChangeForgetsTheClientInEveryTenant() {
    OAuthClient bystander = client("bystander");
    recent.keep(acme, reporting, recent.epoch());
    recent.keep(new TenantId("other"), reporting, recent.epoch());
    recent.keep(acme, bystander, recent.epoch());
    recent.changed(new ClientChanged("reporting"));
    assertFalse(recent.find(acme, "reporting").isPresent());
    assertFalse(recent.find(new TenantId("other"), "reporting").isPresent());
    assertTrue(recent.find(acme, "bystander").isPresent());
  }

  @Test
  void aReadOverlappingACommittedChangeIsNotKept() {
    long before = recent.epoch();
    recent.changed(new ClientChanged("anything")); // committed while the row was read
    recent.keep(acme, reporting, before);
    assertFalse(recent.find(acme, "reporting").isPresent());
  }

  @Test
  void theCheckOfAKeptClientIsTheCheckOfAFreshOne() {
    assertTrue(ClientAuthentication.accepts(reporting, new PresentedCredentials("reporting", "s")));
    assertFalse(
        ClientAuthentication.accepts(reporting, new PresentedCredentials("reporting", "wrong")));
    assertFalse(
        ClientAuthentication.accepts(reporting, new PresentedCredentials("reporting", null)),
        "a confidential client never authenticates without its secret");
  }

  private static OAuthClient client(String id) {
    return OAuthClient.confidential(
        new ClientId(id),
        id,
        SecretHash.of("s"),
        EnumSet.of(GrantType.CLIENT_CREDENTIALS),
        Scope.parse("api"),
        Roles.NONE);
  }
}
