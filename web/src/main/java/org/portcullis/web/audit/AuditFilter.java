package org.portcullis.web.audit;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.InvalidAuditQueryException;
import org.portcullis.audit.Outcome;

/**
 * The filters of {@code GET /admin/audit}, as query parameters; blank means any: {@code action}
 * (such as tenant.created), {@code outcome} (SUCCESS or FAILURE), {@code actor} (such as a client
 * id), {@code from} (inclusive) and {@code to} (exclusive), ISO-8601 instants with offset.
 * Described in the operations that take them: Payara's OpenAPI scanner fails on {@code @Parameter}
 * in a bean-parameter class.
 */
public class AuditFilter {

  @QueryParam("action")
  String action;

  @QueryParam("outcome")
  String outcome;

  @QueryParam("actor")
  String actor;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  /**
   * The query these parameters ask for.
   *
   * @throws InvalidAuditQueryException when a parameter is malformed
   */
  AuditQuery toQuery() {
    return new AuditQuery(
        blankToNull(action),
        outcome(),
        blankToNull(actor),
        instant("from", from),
        instant("to", to));
  }

  private Outcome outcome() {
    if (blankToNull(outcome) == null) {
      return null;
    }
    try {
      return Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidAuditQueryException("outcome must be SUCCESS or FAILURE");
    }
  }

  private static Instant instant(String name, String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidAuditQueryException(
          name + " must be an ISO-8601 date-time with offset, such as 2026-01-31T12:00:00Z");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
