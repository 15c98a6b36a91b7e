package org.portcullis.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.Filter;
import org.portcullis.platform.JsonFactory;

/**
 * Runs a {@link SearchRequest} against one entity type: the page, filtered and sorted by the
 * database, and a count for {@code totalResults} when the page does not tell it; and writes the
 * {@code ListResponse} (RFC 7644 §3.4.2).
 */
final class ScimSearch {

  /** A filter as a Criteria predicate over one entity type. */
  interface Where<E> {
    Predicate of(CriteriaBuilder cb, AbstractQuery<?> query, Root<E> root, Filter filter);
  }

  /** A sort key as Criteria orders over one entity type. */
  interface OrderBy<E> {
    List<Order> of(CriteriaBuilder cb, Root<E> root, AttributePath sortBy, boolean descending);
  }

  /**
   * How a resource type's filters and sort orders become Criteria.
   *
   * @param defaultSort the order when the client names none: an indexed key, so a first page is
   *     cheap
   */
  record Translation<E>(Where<E> where, OrderBy<E> order, AttributePath defaultSort) {}

  /** The number of matches and the page asked for. */
  record Found<E>(long total, List<E> page) {}

  /** The id attribute of every searchable entity. */
  private static final String ID = "id";

  private ScimSearch() {}

  static <E> Found<E> find(
      EntityManager em, Class<E> type, SearchRequest request, Translation<E> translation) {
    return find(em, type, request, translation, null);
  }

  /**
   * The page, and {@code totalResults} without a COUNT where the page tells it: a page shorter than
   * asked for ends the matches (a {@code userName eq} lookup), so the total is the matches before
   * it plus the page. Otherwise a COUNT, or {@code unfilteredTotal} (a count kept as the resources
   * change) when there is no filter.
   *
   * @param unfilteredTotal the number of resources of the tenant, or null to count them
   */
  static <E> Found<E> find(
      EntityManager em,
      Class<E> type,
      SearchRequest request,
      Translation<E> translation,
      LongSupplier unfilteredTotal) {
    if (request.count() == 0) {
      return new Found<>(total(em, type, request, translation, unfilteredTotal), List.of());
    }
    List<E> page = page(em, type, request, translation);
    boolean last = page.size() < request.count() && (!page.isEmpty() || request.startIndex() == 1);
    long total =
        last
            ? request.startIndex() - 1L + page.size()
            : total(em, type, request, translation, unfilteredTotal);
    return new Found<>(total, page);
  }

  /**
   * The page in two queries: the ids of the page, filtered and sorted, then their rows. The first
   * reads only columns of the (tenant_id, key, id) indexes (V9) for the usual sort and filter keys,
   * so the database reads those indexes alone, in their order: H2 picks such an index for a sorted
   * page only when the query needs no other column (given the whole row to read it chooses the
   * tenant foreign key's index and sorts the tenant, 100 s at 1,000,000 users), and a {@code co}
   * filter on the userName key is then a scan of the index, not of the table.
   */
  private static <E> List<E> page(
      EntityManager em, Class<E> type, SearchRequest request, Translation<E> translation) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object> query = cb.createQuery();
    Root<E> root = query.from(type);
    query.select(root.get(ID));
    request.filter().ifPresent(f -> query.where(translation.where().of(cb, query, root, f)));
    AttributePath sortBy = request.sortBy().orElse(translation.defaultSort());
    query.orderBy(translation.order().of(cb, root, sortBy, request.descending()));
    List<Object> ids =
        em.createQuery(query)
            .setFirstResult(request.startIndex() - 1)
            .setMaxResults(request.count())
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    CriteriaQuery<E> rows = cb.createQuery(type);
    Root<E> row = rows.from(type);
    rows.select(row).where(row.get(ID).in(ids));
    Map<Object, E> byId = new HashMap<>();
    for (E e : em.createQuery(rows).getResultList()) {
      byId.put(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(e), e);
    }
    List<E> page = new ArrayList<>(ids.size());
    for (Object id : ids) {
      E e = byId.get(id);
      if (e != null) { // deleted since the first query
        page.add(e);
      }
    }
    return page;
  }

  private static <E> long total(
      EntityManager em,
      Class<E> type,
      SearchRequest request,
      Translation<E> translation,
      LongSupplier unfilteredTotal) {
    if (request.filter().isEmpty() && unfilteredTotal != null) {
      return unfilteredTotal.getAsLong();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> counting = cb.createQuery(Long.class);
    Root<E> counted = counting.from(type);
    counting.select(cb.count(counted));
    request
        .filter()
        .ifPresent(f -> counting.where(translation.where().of(cb, counting, counted, f)));
    return em.createQuery(counting).getSingleResult();
  }

  static JsonObject listResponse(long total, SearchRequest request, List<JsonObject> resources) {
    JsonArrayBuilder array = JsonFactory.createArrayBuilder();
    resources.forEach(array::add);
    return JsonFactory.createObjectBuilder()
        .add("schemas", JsonFactory.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", total)
        .add("startIndex", request.startIndex())
        .add("itemsPerPage", resources.size())
        .add("Resources", array)
        .build();
  }
}
