package org.portcullis.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current request acts in. The boundary enters it once, after resolving the tenant
 * from the URL; {@link TenantIsolated} services read it. Code that must act in another tenant
 * (creating one, checking a platform admin's token) does so in {@link #runAs}, which restores the
 * previous tenant afterwards.
 */
@RequestScoped
public class TenantScope {

  private TenantId current;

  /** The tenant of this request, if one was entered. */
  public Optional<TenantId> current() {
    return Optional.ofNullable(current);
  }

  /** The tenant of this request. */
  public TenantId require() {
    if (current == null) {
      throw new NoTenantInScopeException();
    }
    return current;
  }

  /** Enters {@code tenant} for the rest of this request. */
  public void enter(TenantId tenant) {
    this.current = tenant;
  }

  /** Runs {@code work} in {@code tenant}, then returns to the tenant before. */
  public <T> T runAs(TenantId tenant, Supplier<T> work) {
    TenantId previous = current;
    current = tenant;
    try {
      return work.get();
    } finally {
      current = previous;
    }
  }
}
