package org.portcullis.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenant resolution for every per-tenant request, cached: a tenant found in the database is known
 * for {@link #TTL} without asking again. Only existence is cached (an unknown id is asked every
 * time, so a new tenant is found at once). A tenant deleted on this node is forgotten at once; on
 * another node it may still resolve for up to {@link #TTL}, during which its requests find none of
 * its data (deleted with it) and none of its keys. A disabled tenant is not known (it answers 404);
 * disabling is in force at once in the application that disabled it (the console and the web module
 * each have their own cache) and within {@link #TTL} everywhere else. Bounded to {@link
 * #MAX_ENTRIES}.
 */
@ApplicationScoped
public class KnownTenants {

  // Short enough that disabling or deleting a tenant is in force everywhere within seconds, long
  // enough that a busy tenant costs one existence read per node every few seconds.
  static final Duration TTL = Duration.ofSeconds(5);

  static final int MAX_ENTRIES = 100_000;

  @Inject private TenantRegistry registry;

  private final ConcurrentHashMap<TenantId, Long> knownUntil = new ConcurrentHashMap<>();

  /** Whether a tenant with this id exists and is enabled (as of at most {@link #TTL} ago). */
  public boolean exists(TenantId id) {
    long now = System.nanoTime();
    Long until = knownUntil.get(id);
    if (until != null && now - until < 0) {
      return true;
    }
    if (!registry.serves(id)) {
      knownUntil.remove(id);
      return false;
    }
    if (knownUntil.size() >= MAX_ENTRIES) {
      knownUntil.clear();
    }
    knownUntil.put(id, now + TTL.toNanos());
    return true;
  }

  /** Forgets a tenant disabled on this node. */
  void forget(@Observes TenantStatusChanged changed) {
    if (!changed.enabled()) {
      knownUntil.remove(changed.tenant());
    }
  }

  /** Forgets a tenant deleted on this node. */
  void forget(@Observes TenantDeleted deleted) {
    knownUntil.remove(deleted.tenant());
  }
}
