package org.portcullis.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenantTest {

  @Test
  void displayNameIsStrippedAndRequired() {
    assertEquals("Acme Corp", new Tenant(new TenantId("acme"), "  Acme Corp ").displayName());
    assertThrows(InvalidTenantException.class, () -> new Tenant(new TenantId("acme"), "  "));
    assertThrows(InvalidTenantException.class, () -> new Tenant(new TenantId("acme"), null));
    assertThrows(
        InvalidTenantException.class, () -> new Tenant(new TenantId("acme"), "x".repeat(201)));
  }
}
