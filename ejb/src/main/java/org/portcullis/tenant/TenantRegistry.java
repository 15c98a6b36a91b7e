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

  /** Whether a tenant with this id exists. */
  public boolean exists(TenantId id) {
    return find(id).isPresent();
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
