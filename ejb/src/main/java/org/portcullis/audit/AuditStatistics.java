package org.portcullis.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.tenant.TenantIsolated;

/**
 * Counts of events of the tenant in scope per day, aggregated by the database in one query over the
 * (tenant_id, occurred_at) index: one {@code sum(case ...)} per day, so that neither the events nor
 * one query per day reach the application. Bounded to {@link #MAX_DAYS} days.
 */
@Stateless
@TenantIsolated
public class AuditStatistics {

  /** The most days one query counts. */
  public static final int MAX_DAYS = 31;

  @PersistenceContext private EntityManager em;

  /**
   * The number of events per UTC day, for {@code days} days from the day of {@code start}, whose
   * action is {@code action} (or, when {@code prefix}, starts with it).
   *
   * @return one count per day, oldest first
   */
  public List<Long> perDay(Instant start, int days, String action, boolean prefix) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("1 to " + MAX_DAYS + " days");
    }
    OffsetDateTime first = start.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    StringBuilder jpql = new StringBuilder("select ");
    for (int day = 0; day < days; day++) {
      jpql.append(day == 0 ? "" : ", ")
          .append("sum(case when e.occurredAt < :d")
          .append(day + 1)
          .append(" then 1 else 0 end)");
    }
    // Each day's sum counts the events before its end; the differences are the days' counts.
    jpql.append(" from AuditEvent e where e.occurredAt >= :d0 and e.occurredAt < :d")
        .append(days)
        .append(prefix ? " and e.action like :action escape '\\'" : " and e.action = :action");
    TypedQuery<Object> query = em.createQuery(jpql.toString(), Object.class);
    for (int day = 0; day <= days; day++) {
      query.setParameter("d" + day, first.plusDays(day));
    }
    query.setParameter("action", prefix ? escapeLike(action) + "%" : action);
    Object result = query.getSingleResult();
    Object[] sums = days == 1 ? new Object[] {result} : (Object[]) result;
    List<Long> counts = new ArrayList<>(days);
    long before = 0;
    for (Object sum : sums) {
      long upToThisDay = sum == null ? 0 : ((Number) sum).longValue();
      counts.add(upToThisDay - before);
      before = upToThisDay;
    }
    return counts;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
