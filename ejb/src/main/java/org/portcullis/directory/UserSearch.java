package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.tenant.TenantIsolated;

/**
 * Pages of the users of the tenant in scope for the console, filtered by a userName prefix and
 * sorted by userName in the database, and cheap however many users the tenant has:
 *
 * <ul>
 *   <li>a page is read in two queries, as SCIM does: the ids in the order of the (tenant_id,
 *       user_name_key, id) index (V9), read from that index alone and stopped after the page, then
 *       the rows of those ids;
 *   <li>a prefix is a range of that index ({@code key >= prefix and key < next}), with a LIKE that
 *       keeps the answer exact whatever the collation;
 *   <li>the unfiltered count is the tenant's maintained count ({@link UserCounts}), never a COUNT
 *       over the table; a filtered count stops at {@link #COUNT_LIMIT}.
 * </ul>
 */
@Stateless
@TenantIsolated
public class UserSearch {

  /** Past this many matches a filtered count stops: the console says "more than". */
  public static final int COUNT_LIMIT = 10_000;

  @PersistenceContext private EntityManager em;

  @Inject private UserCounts counts;

  /**
   * The users from {@code offset}, at most {@code limit}, of those {@code query} selects.
   *
   * @param limit from 1 to 500
   */
  public List<UserSummary> page(UserQuery query, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 500");
    }
    String order =
        query.descending()
            ? " order by u.tenantId desc, u.userNameKey desc, u.id desc"
            : " order by u.tenantId, u.userNameKey, u.id";
    TypedQuery<String> ids =
        em.createQuery("select u.id from User u" + where(query) + order, String.class);
    bind(ids, query);
    List<String> page = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    Map<String, User> byId = new HashMap<>();
    em.createQuery("select u from User u where u.id in :ids", User.class)
        .setParameter("ids", page)
        .getResultStream()
        .forEach(user -> byId.put(user.id(), user));
    List<UserSummary> rows = new ArrayList<>(page.size());
    for (String id : page) {
      User user = byId.get(id);
      if (user != null) { // deleted between the two queries
        rows.add(UserSummary.of(user));
      }
    }
    return rows;
  }

  /**
   * How many users {@code query} selects: the maintained count without a prefix; with one, the
   * matches up to {@link #COUNT_LIMIT} + 1 (more than the limit means "more than {@value
   * #COUNT_LIMIT}").
   */
  public long count(UserQuery query) {
    if (query.keyPrefix().isEmpty()) {
      return counts.count();
    }
    TypedQuery<String> keys =
        em.createQuery("select u.userNameKey from User u" + where(query), String.class);
    bind(keys, query);
    return keys.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
  }

  private static String where(UserQuery query) {
    Optional<String> prefix = query.keyPrefix();
    if (prefix.isEmpty()) {
      return "";
    }
    return " where u.userNameKey >= :low"
        + (UserQuery.upperBound(prefix.get()).isPresent() ? " and u.userNameKey < :high" : "")
        + " and u.userNameKey like :pattern escape '\\'";
  }

  private static void bind(TypedQuery<?> jpql, UserQuery query) {
    query
        .keyPrefix()
        .ifPresent(
            prefix -> {
              jpql.setParameter("low", prefix);
              UserQuery.upperBound(prefix).ifPresent(high -> jpql.setParameter("high", high));
              jpql.setParameter("pattern", UserQuery.likePattern(prefix));
            });
  }
}
