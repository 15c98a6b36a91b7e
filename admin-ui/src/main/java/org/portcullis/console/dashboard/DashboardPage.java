package org.portcullis.console.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.portcullis.audit.AuditEvent;
import org.portcullis.audit.AuditQuery;
import org.portcullis.audit.AuditStatistics;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.ClientRegistry;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.AuthenticationFailure;
import org.portcullis.directory.GroupDirectory;
import org.portcullis.directory.UserCounts;
import org.portcullis.directory.UserDirectory;

/**
 * The dashboard of a tenant: how many users (the maintained count), clients and groups it has,
 * sign-ins and refused sign-ins per day over the last {@link #DAYS} days as a chart (counted by the
 * database from the audit trail), and the latest audit events. Read once when the page opens.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Days the chart shows, today included. */
  static final int DAYS = 14;

  /** Audit events the page lists. */
  static final int RECENT = 10;

  @Inject private Workspace workspace;

  @Inject private UserCounts userCounts;

  @Inject private ClientRegistry clients;

  @Inject private GroupDirectory groups;

  @Inject private AuditStatistics statistics;

  @Inject private AuditTrail trail;

  private long users;
  private long clientCount;
  private long groupCount;
  private String chart;
  private List<AuditEvent> recent = List.of();

  @PostConstruct
  void open() {
    workspace.enter();
    users = userCounts.count();
    clientCount = clients.count();
    groupCount = groups.count();
    LocalDate today = LocalDate.now(Clock.systemUTC());
    Instant start = today.minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Long> signIns = statistics.perDay(start, DAYS, UserDirectory.AUTHENTICATED, false);
    List<Long> failures = statistics.perDay(start, DAYS, AuthenticationFailure.ACTION_PREFIX, true);
    chart = chart(today, signIns, failures);
    recent = trail.batch(AuditQuery.everything(), null, RECENT);
  }

  /** The Chart.js configuration of the sign-in chart. */
  static String chart(LocalDate today, List<Long> signIns, List<Long> failures) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (int day = signIns.size() - 1; day >= 0; day--) {
      labels.add(today.minusDays(day).toString());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset(Messages.text("dashboard.signIns"), signIns, "#2e7d32"))
                        .add(dataset(Messages.text("dashboard.failures"), failures, "#c62828"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add("aspectRatio", 3)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, List<Long> counts, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    counts.forEach(data::add);
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  public long getUsers() {
    return users;
  }

  public long getClients() {
    return clientCount;
  }

  public long getGroups() {
    return groupCount;
  }

  public String getChart() {
    return chart;
  }

  public List<AuditEvent> getRecent() {
    return recent;
  }
}
