package org.portcullis.scim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.Filter;

/**
 * Runs a {@link SearchRequest} against one entity type in two queries, a count for {@code
 * totalResults} and the page itself, both filtered by the database; and writes the {@code
 * ListResponse} (RFC 7644 §3.4.2).
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

  private ScimSearch() {}

  static <E> Found<E> find(
      EntityManager em, Class<E> type, SearchRequest request, Translation<E> translation) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> counting = cb.createQuery(Long.class);
    Root<E> counted = counting.from(type);
    counting.select(cb.count(counted));
    request
        .filter()
        .ifPresent(f -> counting.where(translation.where().of(cb, counting, counted, f)));
    long total = em.createQuery(counting).getSingleResult();
    if (request.count() == 0 || total < request.startIndex()) {
      return new Found<>(total, List.of());
    }
    CriteriaQuery<E> query = cb.createQuery(type);
    Root<E> root = query.from(type);
    query.select(root);
    request.filter().ifPresent(f -> query.where(translation.where().of(cb, query, root, f)));
    AttributePath sortBy = request.sortBy().orElse(translation.defaultSort());
    query.orderBy(translation.order().of(cb, root, sortBy, request.descending()));
    List<E> page =
        em.createQuery(query)
            .setFirstResult(request.startIndex() - 1)
            .setMaxResults(request.count())
            .getResultList();
    return new Found<>(total, page);
  }

  static JsonObject listResponse(long total, SearchRequest request, List<JsonObject> resources) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    resources.forEach(array::add);
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", total)
        .add("startIndex", request.startIndex())
        .add("itemsPerPage", resources.size())
        .add("Resources", array)
        .build();
  }
}
