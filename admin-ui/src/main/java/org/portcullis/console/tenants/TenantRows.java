package org.portcullis.console.tenants;

import java.util.List;
import java.util.Map;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.Tenant;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The tenants table's lazy model: pages of {@link TenantRegistry#search}, a prefix range of the
 * primary key, in id order. The count is that of the same range; {@link #load} reads it with the
 * page, so that a render asks the database twice at most.
 */
public class TenantRows extends LazyDataModel<Tenant> {

  private static final long serialVersionUID = 1L;

  static final String ID = "id";

  private final TenantRegistry registry;
  private final TenantScope scope;

  TenantRows(TenantRegistry registry, TenantScope scope) {
    this.registry = registry;
    this.scope = scope;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    scope.enter(TenantId.SYSTEM);
    return (int) registry.search(prefix(filterBy), new PageRequest(0, 1)).total();
  }

  @Override
  public List<Tenant> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    scope.enter(TenantId.SYSTEM);
    Page<Tenant> page =
        registry.search(
            prefix(filterBy), new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)));
    return page.items();
  }

  @Override
  public String getRowKey(Tenant tenant) {
    return tenant.id().value();
  }

  @Override
  public Tenant getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(t -> t.id().value().equals(rowKey))
            .findFirst()
            .orElse(null);
  }

  private static String prefix(Map<String, FilterMeta> filterBy) {
    FilterMeta filter = filterBy == null ? null : filterBy.get(ID);
    Object value = filter == null ? null : filter.getFilterValue();
    return value == null ? null : value.toString();
  }
}
