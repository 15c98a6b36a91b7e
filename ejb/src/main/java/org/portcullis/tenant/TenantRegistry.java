package org.portcullis.tenant;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;

/**
 * Creates, finds, lists and deletes tenants. Deleting a tenant deletes everything it owns: every
 * tenant-owned table references {@code tenant} with {@code ON DELETE CASCADE}.
 */
@Stateless
public class TenantRegistry {

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @Inject private Event<TenantCreated> created;

  @Inject private Event<TenantDeleted> deleted;

  @Inject private Event<TenantRenamed> renamed;

  @Inject private Event<TenantStatusChanged> statusChanged;

  /**
   * Creates a tenant and, in the same transaction, its initial state (observers of {@link
   * TenantCreated}).
   *
   * @throws TenantAlreadyExistsException when the id is taken
   * @throws InvalidTenantException when the display name is blank or too long
   */
  public Tenant create(TenantId id, String displayName) {
    if (em.find(Tenant.class, id.value()) != null) {
      throw new TenantAlreadyExistsException(id);
    }
    Tenant tenant = new Tenant(id, displayName);
    try {
      em.persist(tenant);
      em.flush(); // a concurrent creation of the same id fails here, before the observers run
    } catch (PersistenceException lostTheRace) {
      throw new TenantAlreadyExistsException(id);
    }
    scope.runAs(
        id,
        () -> {
          created.fire(new TenantCreated(id));
          return null;
        });
    return tenant;
  }

  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value()));
  }

  /** Whether a tenant with this id exists (enabled or not). */
  public boolean exists(TenantId id) {
    return find(id).isPresent();
  }

  /** Whether a tenant with this id exists and is enabled: whether it serves. */
  public boolean serves(TenantId id) {
    return find(id).filter(Tenant::isEnabled).isPresent();
  }

  /** Tenants ordered by id. */
  public Page<Tenant> list(PageRequest page) {
    var items =
        em.createQuery("select t from Tenant t order by t.id", Tenant.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    long total = em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
    return new Page<>(items, total, page.offset(), page.limit());
  }

  /**
   * Tenants whose id starts with {@code idPrefix} (empty: every tenant), ordered by id, and their
   * number. The prefix is a range of the primary key's index ({@code id >= prefix and id < next}),
   * so that a page and its count stay cheap with many tenants.
   */
  public Page<Tenant> search(String idPrefix, PageRequest page) {
    String prefix = idPrefix == null ? "" : idPrefix.strip().toLowerCase(java.util.Locale.ROOT);
    if (prefix.isEmpty()) {
      return list(page);
    }
    // Tenant ids are [a-z0-9-]: the prefix's last character raised by one ends the range.
    String high =
        prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    var items =
        em.createQuery(
                "select t from Tenant t where t.id >= :low and t.id < :high order by t.id",
                Tenant.class)
            .setParameter("low", prefix)
            .setParameter("high", high)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    long total =
        em.createQuery(
                "select count(t) from Tenant t where t.id >= :low and t.id < :high", Long.class)
            .setParameter("low", prefix)
            .setParameter("high", high)
            .getSingleResult();
    return new Page<>(items, total, page.offset(), page.limit());
  }

  /**
   * Gives the tenant another display name, and tells observers of {@link TenantRenamed} (the audit
   * trail) in the same transaction.
   *
   * @throws TenantNotFoundException when there is no such tenant
   * @throws InvalidTenantException when the display name is blank or too long
   */
  public Tenant rename(TenantId id, String displayName) {
    Tenant tenant = find(id).orElseThrow(() -> new TenantNotFoundException(id.value()));
    tenant.rename(displayName);
    renamed.fire(new TenantRenamed(id));
    return tenant;
  }

  /**
   * Disables the tenant (its issuer answers 404 until enabled, see {@link KnownTenants}) or enables
   * it again, and tells observers of {@link TenantStatusChanged} (the audit trail) in the same
   * transaction; a change to the state it has changes nothing.
   *
   * @throws TenantNotFoundException when there is no such tenant
   * @throws ProtectedTenantException when disabling {@link TenantId#SYSTEM}
   */
  public Tenant changeStatus(TenantId id, boolean enabled) {
    Tenant tenant = find(id).orElseThrow(() -> new TenantNotFoundException(id.value()));
    if (tenant.isEnabled() == enabled) {
      return tenant;
    }
    if (enabled) {
      tenant.enable();
    } else {
      tenant.disable();
    }
    statusChanged.fire(new TenantStatusChanged(id, enabled));
    return tenant;
  }

  /**
   * Deletes a tenant and everything it owns, then tells observers of {@link TenantDeleted} in the
   * same transaction.
   *
   * @throws TenantNotFoundException when there is no such tenant
   * @throws ProtectedTenantException for {@link TenantId#SYSTEM}
   */
  public void delete(TenantId id) {
    if (id.isSystem()) {
      throw new ProtectedTenantException(id);
    }
    Tenant tenant = find(id).orElseThrow(() -> new TenantNotFoundException(id.value()));
    em.remove(tenant);
    deleted.fire(new TenantDeleted(id));
  }
}
