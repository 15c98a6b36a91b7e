package org.portcullis.key;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;
import org.portcullis.tenant.TenantTask;
import org.portcullis.tenant.TenantTasks;

/**
 * Rotates the keys of the tenant in scope: on an admin's request, and on schedule (publishing the
 * next key ahead of time and deleting keys whose tokens have all expired). Promotions need no work:
 * a key signs from the instant stored with it ({@link KeyRing}).
 *
 * <p>Every change holds the tenant's {@value #TASK} task row ({@link TenantTasks#lock}) until it
 * commits, so two nodes, or a node and an admin, never rotate one tenant at once: the second waits,
 * then sees the first one's key. Every rotation and deletion is audited in the tenant's trail.
 */
@Stateless
@TenantIsolated
public class KeyRotation {

  /** The name of the key feature's scheduled per-tenant work. */
  public static final String TASK = "signing-keys";

  static final String ROTATED = "key.rotated";
  static final String ROTATED_IMMEDIATELY = "key.rotated-immediately";
  static final String DELETED = "key.deleted";

  @PersistenceContext private EntityManager em;

  @Inject private KeyGeneration generation;

  @Inject private SignerCache signers;

  @Inject private TenantScope scope;

  @Inject private TenantTasks tasks;

  @Inject private AuditTrail audit;

  @Inject private RotationPolicy policy;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final Clock clock = Clock.systemUTC();

  /**
   * Publishes a new key of {@code algorithm} that signs once it has been published for the
   * publication delay, or, when {@code immediate}, stops the active key now (see {@link
   * KeyRing#rotate}).
   *
   * @return the key that takes over
   * @throws KeyRotationPendingException when a next key waits and the rotation is not immediate
   */
  public SigningKey rotate(SigningAlgorithm algorithm, boolean immediate) {
    KeyGeneration.SealedKeyPair fresh = generation.generate(algorithm);
    TenantTask task = tasks.lock(scope.require(), TASK, SigningKeys.now(clock));
    Instant now = SigningKeys.now(clock); // after the lock: the delay counts from the commit
    Map<SigningAlgorithm, KeyRing> rings = rings();
    KeyRing ring = rings.computeIfAbsent(algorithm, a -> new KeyRing(a, List.of(), policy));
    KeyRing.Rotation rotation = ring.rotate(now, immediate, fresh.maker());
    if (rotation.created()) {
      em.persist(rotation.key());
    }
    audit.record(
        AuditRecord.success(immediate ? ROTATED_IMMEDIATELY : ROTATED, rotation.key().kid()));
    reschedule(task, rings.values(), now);
    return rotation.key();
  }

  /**
   * The scheduled work of the tenant in scope, when it is due: deletes expired keys and publishes
   * the next key of every algorithm whose rotation is due. Does nothing when another node has just
   * done it.
   */
  public void maintain() {
    Map<SigningAlgorithm, KeyGeneration.SealedKeyPair> fresh = freshKeysForDueRotations();
    TenantTask task = tasks.lock(scope.require(), TASK, SigningKeys.now(clock));
    Instant now = SigningKeys.now(clock);
    if (!task.isDueAt(now)) {
      return;
    }
    Map<SigningAlgorithm, KeyRing> rings = rings();
    for (KeyRing ring : rings.values()) {
      for (SigningKey expired : ring.removeExpired(now)) {
        em.remove(expired);
        audit.record(AuditRecord.success(DELETED, expired.kid()));
      }
      KeyRing.KeyMaker maker =
          fresh.containsKey(ring.algorithm())
              ? fresh.get(ring.algorithm()).maker()
              : (a, n, at) -> generation.generate(a).publish(SigningKeys.now(clock), at);
      ring.rotateIfDue(now, maker)
          .ifPresent(
              next -> {
                em.persist(next);
                audit.record(AuditRecord.success(ROTATED, next.kid()));
              });
    }
    reschedule(task, rings.values(), now);
  }

  /**
   * Key pairs for the rings whose rotation is due, generated before the lock and the clock are
   * taken (an RSA key may take seconds).
   */
  private Map<SigningAlgorithm, KeyGeneration.SealedKeyPair> freshKeysForDueRotations() {
    Instant now = SigningKeys.now(clock);
    Map<SigningAlgorithm, KeyGeneration.SealedKeyPair> fresh =
        new EnumMap<>(SigningAlgorithm.class);
    rings().values().stream()
        .filter(r -> r.isRotationDueAt(now))
        .forEach(r -> fresh.put(r.algorithm(), generation.generate(r.algorithm())));
    return fresh;
  }

  private Map<SigningAlgorithm, KeyRing> rings() {
    // Refreshed: read again under the lock, what another node committed meanwhile must show.
    List<SigningKey> keys =
        em.createQuery("select k from SigningKey k", SigningKey.class)
            .setHint(QueryHints.REFRESH, HintValues.TRUE)
            .getResultList();
    Map<SigningAlgorithm, List<SigningKey>> byAlgorithm =
        keys.stream().collect(Collectors.groupingBy(SigningKey::signingAlgorithm));
    return Arrays.stream(SigningAlgorithm.values())
        .filter(byAlgorithm::containsKey)
        .collect(
            Collectors.toMap(
                a -> a,
                a -> new KeyRing(a, byAlgorithm.get(a), policy),
                (x, y) -> x,
                () -> new EnumMap<>(SigningAlgorithm.class)));
  }

  /**
   * Sets when the tenant next needs work, and makes this node read the tenant's keys afresh once
   * the change has committed.
   */
  private void reschedule(TenantTask task, Collection<KeyRing> rings, Instant now) {
    Instant next =
        rings.stream()
            .flatMap(r -> r.nextWorkAt().stream())
            .min(Comparator.naturalOrder())
            .orElse(now.plus(policy.rotationPeriod()));
    task.reschedule(next);
    TenantId tenant = scope.require();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            signers.forget(tenant);
          }
        });
  }
}
