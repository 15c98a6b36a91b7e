package org.portcullis.webauthn;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.portcullis.tenant.TenantIsolated;

/**
 * Ceremonies in flight, in the caller's transaction and tenant. A challenge is answered once: the
 * request that completes a ceremony deletes its row, and only the one whose delete removed it may
 * go on (a replayed or concurrent answer finds nothing). Expired rows go when a new ceremony
 * begins.
 */
@Dependent
@TenantIsolated
class Ceremonies {

  @PersistenceContext private EntityManager em;

  private final Clock clock;

  Ceremonies() {
    this(Clock.systemUTC());
  }

  Ceremonies(Clock clock) {
    this.clock = clock;
  }

  Ceremony begin(Ceremony.Purpose purpose, String userId, String optionsJson) {
    em.createQuery("delete from Ceremony c where c.expiresAt < :now")
        .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    Ceremony ceremony = new Ceremony(purpose, userId, optionsJson, clock.instant());
    em.persist(ceremony);
    return ceremony;
  }

  /**
   * Takes the open ceremony {@code id} of {@code purpose}: it is gone afterwards, whatever the
   * answer turns out to be.
   */
  Optional<Ceremony> take(String id, Ceremony.Purpose purpose) {
    if (id == null || id.length() != 43) {
      return Optional.empty();
    }
    Optional<Ceremony> found =
        Optional.ofNullable(em.find(Ceremony.class, id)).filter(c -> c.purpose() == purpose);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int taken =
        em.createQuery("delete from Ceremony c where c.id = :id")
            .setParameter("id", id)
            .executeUpdate();
    em.detach(found.get());
    return found.filter(c -> taken == 1 && c.isOpenAt(clock.instant()));
  }
}
