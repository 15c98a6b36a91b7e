package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform admin API over the audit trails, seen from outside. */
class AuditApiIT {

  private final Platform platform = Platform.get();
  private final URI tenants = platform.base().resolve("/admin/tenants");
  private final URI audit = platform.base().resolve("/admin/audit");
  private final String bearer = "Bearer " + Tokens.platformAdmin(platform);

  @Test
  void aCreatedTenantIsInSystemsTrailAndStartsItsOwn() {
    Instant before = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    String id = createTenant("audited");

    Map<String, Object> event = systemEvent("tenant.created", id, before);
    assertEquals(Platform.ADMIN_CLIENT_ID, event.get("actor"));
    assertEquals("SUCCESS", event.get("outcome"));
    assertNotNull(event.get("clientAddress"));
    assertTrue(((String) event.get("hash")).matches("[0-9a-f]{64}"));

    var own = Http.json(Http.get(URI.create(audit + "?tenant=" + id), auth()));
    assertEquals(1L, ((Number) own.get("total")).longValue());
    Map<String, Object> first = items(own).get(0);
    assertEquals("tenant.created", first.get("action"));
    assertEquals(1L, ((Number) first.get("seq")).longValue());
    assertEquals("0".repeat(64), first.get("previousHash"));
  }

  @Test
  void consecutiveEventsAreLinkedByTheirHashes() {
    createTenant("link-a");
    createTenant("link-b");
    var page = Http.json(Http.get(URI.create(audit + "?limit=2"), auth()));
    List<Map<String, Object>> items = items(page);
    assertEquals(2, items.size());
    assertEquals(
        ((Number) items.get(1).get("seq")).longValue() + 1,
        ((Number) items.get(0).get("seq")).longValue(),
        "newest first, no gap");
    assertEquals(items.get(1).get("hash"), items.get(0).get("previousHash"));
  }

  @Test
  void aDeletedTenantIsInSystemsTrail() {
    Instant before = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    String id = createTenant("deleted");
    assertEquals(204, Http.delete(URI.create(tenants + "/" + id), auth()).statusCode());
    Map<String, Object> event = systemEvent("tenant.deleted", id, before);
    assertEquals(Platform.ADMIN_CLIENT_ID, event.get("actor"));
    assertProblem(Http.get(URI.create(audit + "?tenant=" + id), auth()), 404, "tenant-not-found");
  }

  @Test
  void filtersAndPagingNarrowTheTrail() {
    String start = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
    for (int i = 0; i < 3; i++) {
      createTenant("filter" + i);
    }
    String filter = "?action=tenant.created&outcome=SUCCESS&actor=bootstrap-admin&from=" + start;
    var first = Http.get(URI.create(audit + filter + "&limit=2"), auth());
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(((Number) Http.json(first).get("total")).longValue() >= 3);
    assertEquals(2, items(Http.json(first)).size());
    String link = first.headers().firstValue("Link").orElseThrow();
    assertTrue(
        link.contains("offset=2") && link.contains("action=tenant.created"), "keeps filters");

    assertEquals(0L, total(audit + filter.replace("SUCCESS", "FAILURE")));
    assertEquals(0L, total(audit + "?actor=nobody-" + UUID.randomUUID()));
    assertEquals(0L, total(audit + "?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z"));
  }

  @Test
  void verificationFindsTheChainsIntact() {
    String id = createTenant("verified");
    var system = Http.json(Http.get(URI.create(audit + "/verification"), auth()));
    assertEquals(Boolean.TRUE, system.get("intact"), system.toString());
    assertTrue(((Number) system.get("events")).longValue() >= 2);
    var own = Http.json(Http.get(URI.create(audit + "/verification?tenant=" + id), auth()));
    assertEquals(Map.of("intact", true, "events", 1L), own);
  }

  @Test
  void withoutABearerTokenTheTrailIsClosed() {
    assertProblem(Http.get(audit), 401, null);
    assertProblem(Http.get(URI.create(audit + "/verification")), 401, null);
  }

  @Test
  void invalidFiltersAndUnknownTenantsAreProblems() {
    assertProblem(
        Http.get(URI.create(audit + "?from=yesterday"), auth()), 400, "invalid-audit-query");
    assertProblem(
        Http.get(URI.create(audit + "?outcome=MAYBE"), auth()), 400, "invalid-audit-query");
    assertProblem(
        Http.get(URI.create(audit + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"), auth()),
        400,
        "invalid-audit-query");
    assertProblem(Http.get(URI.create(audit + "?limit=501"), auth()), 400, "invalid-page-request");
    assertProblem(
        Http.get(
            URI.create(audit + "?tenant=no-such-" + UUID.randomUUID().toString().substring(0, 8)),
            auth()),
        404,
        "tenant-not-found");
    assertProblem(
        Http.get(URI.create(audit + "?tenant=Not_A_Tenant"), auth()), 404, "tenant-not-found");
  }

  private Map<String, Object> systemEvent(String action, String target, Instant from) {
    var response =
        Http.get(URI.create(audit + "?action=" + action + "&from=" + from + "&limit=500"), auth());
    assertEquals(200, response.statusCode(), response.body());
    return items(Http.json(response)).stream()
        .filter(e -> target.equals(e.get("target")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(action + " " + target + ": " + response.body()));
  }

  private long total(String uri) {
    var response = Http.get(URI.create(uri), auth());
    assertEquals(200, response.statusCode(), response.body());
    return ((Number) Http.json(response).get("total")).longValue();
  }

  private String createTenant(String prefix) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    var created = Http.postJson(tenants, "{\"id\":\"" + id + "\"}", auth());
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  private String[] auth() {
    return new String[] {"Authorization", bearer};
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("items");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String name) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    Object type = Http.json(response).get("type");
    assertEquals(name == null ? "about:blank" : "urn:portcullis:problem:" + name, type);
  }
}
