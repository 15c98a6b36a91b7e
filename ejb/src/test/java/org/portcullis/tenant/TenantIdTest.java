package org.portcullis.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "system",
        "acme-corp",
        "0",
        "a1-b2-c3",
        "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz"
      })
  void acceptsLowerCaseDnsLabels(String id) {
    assertEquals(id, new TenantId(id).value());
    assertTrue(TenantId.isValid(id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-acme",
        "acme-",
        "Acme",
        "acme_corp",
        "acme.corp",
        "a cme",
        "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz0",
        "tenant/../system"
      })
  void refusesAnythingElseWithItsProblemType(String id) {
    var refused = assertThrows(InvalidTenantIdException.class, () -> new TenantId(id));
    assertEquals(400, refused.problemType().status());
    assertEquals("urn:portcullis:problem:invalid-tenant-id", refused.problemType().uri());
  }

  @org.junit.jupiter.api.Test
  void issuerIsTheBaseUrlWithTheTenantPath() {
    assertEquals(
        "http://127.0.0.1:8080/t/acme",
        Issuer.of("http://127.0.0.1:8080/", new TenantId("acme")).value());
    assertEquals(
        "https://id.example.org/t/acme/token",
        Issuer.of("https://id.example.org", new TenantId("acme")).endpoint("token"));
  }
}
