package org.portcullis.console.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.Outcome;

class AuditFiltersTest {

  @Test
  void daysAreUtcAndTheLastDayIsIncluded() {
    AuditFilters filters = new AuditFilters();
    filters.setFrom(LocalDate.parse("2026-12-01"));
    filters.setTo(LocalDate.parse("2026-12-05"));
    AuditQuery query = filters.query();
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), query.from());
    assertEquals(Instant.parse("2026-12-06T00:00:00Z"), query.to());
  }

  @Test
  void theExportLinkCarriesTheSameFilters() {
    AuditFilters filters = new AuditFilters();
    filters.setFrom(LocalDate.parse("2026-12-01"));
    filters.setAction("user.deactivated");
    filters.setOutcome(Outcome.SUCCESS);
    filters.setSubject("u-1");
    Map<String, String[]> parameters = new HashMap<>();
    filters.parameters().forEach((name, value) -> parameters.put(name, new String[] {value}));
    AuditQuery again = AuditFilters.of(parameters).query();
    assertEquals(filters.query(), again);
    assertNull(again.to());
  }

  @Test
  void csvFieldsAreQuotedAndNeverFormulas() {
    assertEquals("plain", AuditExport.csv("plain"));
    assertEquals("\"a,b\"", AuditExport.csv("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditExport.csv("say \"hi\""));
    assertEquals("'=SUM(A1)", AuditExport.csv("=SUM(A1)"));
  }
}
