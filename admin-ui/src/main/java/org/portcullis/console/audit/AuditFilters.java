package org.portcullis.console.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.Outcome;

/**
 * The audit log's filters as the page holds them and as the export link carries them: days (UTC,
 * {@code to} inclusive), action, outcome, and the id of the user (or client) who acted or was acted
 * upon.
 */
public class AuditFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate from;
  private LocalDate to;
  private String action;
  private Outcome outcome;
  private String subject;

  /**
   * The trail query of these filters.
   *
   * @throws org.portcullis.audit.InvalidAuditQueryException when from is after to or the action is
   *     malformed
   */
  public AuditQuery query() {
    return new AuditQuery(
        blankToNull(action),
        outcome,
        null,
        blankToNull(subject),
        from == null ? null : startOf(from),
        to == null ? null : startOf(to.plusDays(1)));
  }

  /** The filters of an export request's parameters (the names of {@link #parameters}). */
  public static AuditFilters of(Map<String, String[]> parameters) {
    AuditFilters filters = new AuditFilters();
    filters.from = date(first(parameters, "from"));
    filters.to = date(first(parameters, "to"));
    filters.action = first(parameters, "action");
    String outcome = first(parameters, "outcome");
    filters.outcome = outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome);
    filters.subject = first(parameters, "subject");
    return filters;
  }

  /** These filters as query parameters, for the export link. */
  public Map<String, String> parameters() {
    return Map.of(
        "from", from == null ? "" : from.toString(),
        "to", to == null ? "" : to.toString(),
        "action", action == null ? "" : action,
        "outcome", outcome == null ? "" : outcome.name(),
        "subject", subject == null ? "" : subject);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }
}
