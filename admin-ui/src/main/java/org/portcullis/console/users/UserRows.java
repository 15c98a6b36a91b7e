package org.portcullis.console.users;

import java.util.List;
import java.util.Map;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.UserQuery;
import org.portcullis.directory.UserSearch;
import org.portcullis.directory.UserSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The users table's lazy model: every page and count is a {@link UserSearch} query (userName prefix
 * filter, userName sort) in the page's tenant; nothing is filtered or sorted in memory.
 */
public class UserRows extends LazyDataModel<UserSummary> {

  private static final long serialVersionUID = 1L;

  /** The column the filter and the sort name. */
  static final String USER_NAME = "userName";

  private final UserSearch search;
  private final Workspace workspace;
  private boolean countCapped;

  UserRows(UserSearch search, Workspace workspace) {
    this.search = search;
    this.workspace = workspace;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    workspace.enter();
    return count(query(filterBy, Map.of()));
  }

  /**
   * The page, and the row count of the same query: the page itself when it is a short first page,
   * otherwise {@link #count(UserQuery)} (the maintained count, or a filtered count that stops at
   * the limit). Set here because PrimeFaces keeps the previous count across a filter change.
   */
  @Override
  public List<UserSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    workspace.enter();
    UserQuery query = query(filterBy, sortBy);
    List<UserSummary> page = search.page(query, first, pageSize);
    if (first == 0 && page.size() < pageSize) {
      countCapped = false;
      setRowCount(page.size());
    } else {
      setRowCount(count(query));
    }
    return page;
  }

  private int count(UserQuery query) {
    long count = search.count(query);
    countCapped = query.userNamePrefix().isPresent() && count > UserSearch.COUNT_LIMIT;
    return (int) Math.min(count, countCapped ? UserSearch.COUNT_LIMIT : Integer.MAX_VALUE);
  }

  @Override
  public String getRowKey(UserSummary user) {
    return user.id();
  }

  @Override
  public UserSummary getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream().filter(u -> u.id().equals(rowKey)).findFirst().orElse(null);
  }

  /** Whether the last filtered count stopped at {@link UserSearch#COUNT_LIMIT}. */
  public boolean isCountCapped() {
    return countCapped;
  }

  static UserQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
    FilterMeta filter = filterBy == null ? null : filterBy.get(USER_NAME);
    Object value = filter == null ? null : filter.getFilterValue();
    SortMeta sort = sortBy == null ? null : sortBy.get(USER_NAME);
    boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
    return UserQuery.startingWith(value == null ? null : value.toString(), descending);
  }
}
