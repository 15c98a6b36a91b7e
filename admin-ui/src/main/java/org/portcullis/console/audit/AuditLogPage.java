package org.portcullis.console.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.portcullis.audit.AuditEvent;
import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.Outcome;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.platform.PageRequest;
import org.portcullis.platform.PortcullisException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log of a tenant: events filtered by day, action, outcome and user (typed as a userName,
 * found as the actor or the target), newest first, a page at a time from the database; and links
 * that export the same events as CSV or JSON lines ({@link AuditExport}).
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Past this many matching events the page stops counting and says "more than" (the export has
   * them all): a trail holds an event per token issued, and a full count would read them all.
   */
  public static final int COUNT_LIMIT = 10_000;

  /** Days the log shows when it opens. */
  static final int DEFAULT_DAYS = 7;

  @Inject private Workspace workspace;

  @Inject private AuditTrail trail;

  @Inject private UserDirectory users;

  private final AuditFilters filters = new AuditFilters();
  private String userName;
  private Events events;
  private boolean countCapped;

  @PostConstruct
  void open() {
    filters.setFrom(LocalDate.now(Clock.systemUTC()).minusDays(DEFAULT_DAYS - 1L));
    events = new Events();
  }

  /** Applies the filters: a userName becomes the user's id. */
  public void search() {
    workspace.enter();
    if (userName == null || userName.isBlank()) {
      filters.setSubject(null);
      return;
    }
    try {
      filters.setSubject(
          users
              .findByUserName(new UserName(userName.strip()))
              .map(u -> u.id())
              .orElse(userName.strip()));
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  /** The export link's query string for {@code format} ({@code csv} or {@code jsonl}). */
  public String exportQuery(String format) {
    Map<String, String> parameters = new TreeMap<>(filters.parameters());
    parameters.put("format", format);
    parameters.put("tenant", workspace.getTenant());
    return parameters.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public AuditFilters getFilters() {
    return filters;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  /** Whether more events match than the page counted ({@link #COUNT_LIMIT}). */
  public boolean isCountCapped() {
    return countCapped;
  }

  public int getCountLimit() {
    return COUNT_LIMIT;
  }

  public Events getEvents() {
    return events;
  }

  /** The events table's lazy model: pages of {@link AuditTrail#page} with the page's filters. */
  public class Events extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return 0; // load() sets the row count from the same query as the page
    }

    @Override
    public List<AuditEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      workspace.enter();
      try {
        var page =
            trail.pageCountingUpTo(
                filters.query(),
                new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)),
                COUNT_LIMIT);
        countCapped = page.total() > COUNT_LIMIT;
        setRowCount((int) Math.min(page.total(), COUNT_LIMIT));
        return page.items();
      } catch (PortcullisException refused) {
        Messages.refused(refused);
        setRowCount(0);
        return List.of();
      }
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return Long.toString(event.seq());
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(e -> Long.toString(e.seq()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
