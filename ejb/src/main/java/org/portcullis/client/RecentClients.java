package org.portcullis.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.portcullis.tenant.TenantId;

/**
 * Clients that authenticated on this node less than {@link #FOR} ago, as read then, so that a
 * client's next requests in that second need not read its row again (the read ran before every
 * token). Only what was read for a success is kept, never an absence: a new client works at once,
 * and a presented secret that the kept row does not accept is checked against a fresh read ({@link
 * GuardedClientAuthentication}), so a new secret works at once too.
 *
 * <p>A change committed through this application forgets the client on this node at once ({@link
 * ClientChangeListener}, {@link #changed}). One made on another node or in the console (another
 * application on Payara Micro) reaches this node within {@link #FOR}: a deleted client, a removed
 * grant or a secret rotated without grace period may still serve for up to a second, while every
 * token it got before the change lives for minutes. The kept rows are detached and never changed:
 * the token endpoint only reads them. Bounded: past {@link #MAX_CLIENTS} it starts afresh.
 */
@ApplicationScoped
public class RecentClients {

  /** How long a row read for a successful authentication stands in for the next reads. */
  static final Duration FOR = Duration.ofSeconds(1);

  /** Most clients kept at once. */
  static final int MAX_CLIENTS = 10_000;

  private record Key(TenantId tenant, String clientId) {}

  private record Kept(OAuthClient client, long until) {}

  private final ConcurrentMap<Key, Kept> kept = new ConcurrentHashMap<>();

  private final AtomicLong epoch = new AtomicLong();

  private final LongSupplier nanoTime;

  public RecentClients() {
    this(System::nanoTime);
  }

  RecentClients(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The client as read for a success less than {@link #FOR} ago, if any. */
  public Optional<OAuthClient> find(TenantId tenant, String clientId) {
    Kept hit = kept.get(new Key(tenant, clientId));
    return hit != null && hit.until() - nanoTime.getAsLong() > 0
        ? Optional.of(hit.client())
        : Optional.empty();
  }

  /**
   * Keeps {@code client}, just read for a successful authentication, unless a change to a client
   * was committed on this node since {@code epochBeforeRead} (the read may predate it).
   */
  public void keep(TenantId tenant, OAuthClient client, long epochBeforeRead) {
    if (kept.size() >= MAX_CLIENTS) {
      kept.clear();
    }
    Key key = new Key(tenant, client.clientId().value());
    kept.put(key, new Kept(client, nanoTime.getAsLong() + FOR.toNanos()));
    if (epoch.get() != epochBeforeRead) {
      kept.remove(key);
    }
  }

  /** The changes committed on this node so far: read before the row is read for {@link #keep}. */
  public long epoch() {
    return epoch.get();
  }

  /**
   * Forgets a client changed or deleted on this node, in every tenant that has one of that id, once
   * the change is committed (or rolled back: forgetting more is always safe).
   */
  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClientChanged change) {
    epoch.incrementAndGet();
    kept.keySet().removeIf(key -> key.clientId().equals(change.clientId()));
  }
}
