package org.portcullis.scim;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.Filter;
import org.portcullis.directory.scim.InvalidFilterException;
import org.portcullis.directory.scim.PatchPath;

/**
 * A query of a resource type (RFC 7644 §3.4.2): filter, sort, page. Out-of-range paging values are
 * brought into range as §3.4.2.4 says: a {@code startIndex} below 1 is 1, a negative {@code count}
 * is 0, and no page holds more than {@link ScimSchemas#MAX_RESULTS}.
 *
 * @param startIndex 1-based index of the first result
 * @param count the most results to return; 0 asks for {@code totalResults} only
 */
public record SearchRequest(
    Optional<Filter> filter,
    Optional<AttributePath> sortBy,
    boolean descending,
    int startIndex,
    int count) {

  /** The page size when the client names none. */
  public static final int DEFAULT_COUNT = 100;

  /**
   * Reads the query parameters (or the members of a {@code SearchRequest} message).
   *
   * @throws ScimException {@code invalidFilter} for a malformed filter, {@code invalidValue} for a
   *     malformed sortBy or sortOrder
   */
  public static SearchRequest of(
      String filter, String sortBy, String sortOrder, Integer startIndex, Integer count) {
    Optional<Filter> parsed;
    try {
      parsed = Optional.ofNullable(filter).filter(f -> !f.isBlank()).map(Filter::parse);
    } catch (InvalidFilterException invalid) {
      throw ScimException.of(invalid);
    }
    Optional<AttributePath> sort =
        Optional.ofNullable(sortBy).filter(s -> !s.isBlank()).map(SearchRequest::sortPath);
    boolean descending = false;
    if (sortOrder != null && !sortOrder.isBlank()) {
      String order = sortOrder.toLowerCase(Locale.ROOT);
      if (!order.equals("ascending") && !order.equals("descending")) {
        throw ScimException.invalidValue("sortOrder is ascending or descending");
      }
      descending = order.equals("descending");
    }
    int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
    int size =
        count == null ? DEFAULT_COUNT : Math.max(0, Math.min(count, ScimSchemas.MAX_RESULTS));
    return new SearchRequest(parsed, sort, descending, start, size);
  }

  /** Reads a {@code POST .search} body (RFC 7644 §3.4.3). */
  public static SearchRequest of(JsonObject message) {
    ScimJson.requireSchema(message, ScimSchemas.SEARCH_REQUEST);
    return of(
        ScimJson.string(message, "filter").orElse(null),
        ScimJson.string(message, "sortBy").orElse(null),
        ScimJson.string(message, "sortOrder").orElse(null),
        integer(message, "startIndex"),
        integer(message, "count"));
  }

  private static Integer integer(JsonObject message, String name) {
    return ScimJson.member(message, name)
        .map(
            value -> {
              if (value instanceof jakarta.json.JsonNumber number && number.isIntegral()) {
                return number.intValue();
              }
              throw ScimException.invalidValue(name + " must be an integer");
            })
        .orElse(null);
  }

  private static AttributePath sortPath(String sortBy) {
    try {
      PatchPath path = PatchPath.parse(sortBy);
      if (path.valueFilter().isPresent()) {
        throw ScimException.invalidValue("sortBy names an attribute, without a filter");
      }
      return path.attribute();
    } catch (InvalidFilterException invalid) {
      throw ScimException.invalidValue("sortBy is not an attribute path");
    }
  }

  @Override
  public String toString() {
    return "SearchRequest[startIndex=" + startIndex + ", count=" + count + "]";
  }
}
