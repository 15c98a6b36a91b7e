package org.portcullis.console.audit;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.portcullis.audit.AuditContext;
import org.portcullis.audit.AuditEvent;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.AuditTrail;
import org.portcullis.console.signin.ConsoleIdentity;
import org.portcullis.platform.PortcullisException;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Downloads a tenant's audit events as CSV ({@code format=csv}) or JSON lines ({@code
 * format=jsonl}), newest first, with the audit log page's filters. The events are read in keyset
 * batches of {@link #BATCH} and written as they come, so memory stays bounded however long the
 * trail. Only tenant admins reach it ({@code ConsoleSignIn}), in their tenant or, for platform
 * admins, the tenant named.
 */
@WebServlet("/audit/export")
public class AuditExport extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final int BATCH = 500;

  static final String CSV_HEADER = "seq,occurredAt,action,outcome,actor,target,clientAddress";

  @Inject private ConsoleIdentity identity;

  @Inject private TenantScope scope;

  @Inject private AuditContext audit;

  @Inject private AuditTrail trail;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String named = request.getParameter("tenant");
    String tenant =
        named != null && TenantId.isValid(named) && identity.mayEnter(named)
            ? named
            : identity.getTenant();
    boolean csv = !"jsonl".equals(request.getParameter("format"));
    AuditQuery query;
    try {
      query = AuditFilters.of(request.getParameterMap()).query();
    } catch (PortcullisException | DateTimeParseException | IllegalArgumentException invalid) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    scope.enter(new TenantId(tenant));
    audit.identify(identity.getUserId());
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/jsonl;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"audit-" + tenant + (csv ? ".csv\"" : ".jsonl\""));
    PrintWriter out = response.getWriter();
    if (csv) {
      out.print(CSV_HEADER + "\r\n");
    }
    Long before = null;
    List<AuditEvent> batch;
    do {
      batch = trail.batch(query, before, BATCH);
      for (AuditEvent event : batch) {
        out.print(csv ? csvLine(event) : jsonLine(event));
        before = event.seq();
      }
      out.flush();
    } while (batch.size() == BATCH);
  }

  /** One RFC 4180 record. */
  static String csvLine(AuditEvent event) {
    return String.join(
            ",",
            Long.toString(event.seq()),
            csv(event.occurredAt().toString()),
            csv(event.action()),
            event.outcome().name(),
            csv(event.actor()),
            csv(event.target().orElse("")),
            csv(event.clientAddress().orElse("")))
        + "\r\n";
  }

  static String jsonLine(AuditEvent event) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("seq", event.seq())
            .add("occurredAt", event.occurredAt().toString())
            .add("action", event.action())
            .add("outcome", event.outcome().name())
            .add("actor", event.actor());
    event.target().ifPresent(t -> json.add("target", t));
    event.clientAddress().ifPresent(a -> json.add("clientAddress", a));
    return json.build().toString() + "\n";
  }

  /**
   * A CSV field: quoted when it holds a comma, quote or line break; a leading {@code = + - @} is
   * prefixed with a quote so that spreadsheets do not run it as a formula.
   */
  static String csv(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
