package org.portcullis.key;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.portcullis.tenant.TenantCreated;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;
import org.portcullis.tenant.TenantTasks;

/**
 * A tenant's signing keys: the first key at creation, the signer of each algorithm at this instant,
 * the public key set the JWKS publishes (waiting, active and retired keys, until they expire, so
 * that every unexpired token still verifies) and the list an admin reads. Rotation is {@link
 * KeyRotation}'s.
 */
@Stateless
@TenantIsolated
public class SigningKeys {

  @PersistenceContext private EntityManager em;

  @Inject private KeyGeneration generation;

  @Inject private SignerCache signers;

  @Inject private TenantScope scope;

  @Inject private TenantTasks tasks;

  @Inject private RotationPolicy policy;

  private final Clock clock = Clock.systemUTC();

  /**
   * Gives a new tenant its first key, ES256 on P-256 (the platform's default), signing at once: no
   * verifier can have cached the JWKS of a tenant that did not exist. Schedules its rotation.
   */
  public void provisionFirstKey(@Observes TenantCreated created) {
    KeyGeneration.SealedKeyPair pair = generation.generate(SigningAlgorithm.DEFAULT);
    Instant now = now(clock);
    SigningKey first = pair.publish(now, now);
    em.persist(first);
    KeyRing ring = new KeyRing(SigningAlgorithm.DEFAULT, List.of(first), policy);
    tasks.schedule(created.tenant(), KeyRotation.TASK, ring.nextWorkAt().orElseThrow());
  }

  /** The key that signs now with the platform's default algorithm (ES256). */
  public ActiveSigner activeSigner() {
    return activeSigner(SigningAlgorithm.DEFAULT.jws());
  }

  /**
   * The key that signs now with {@code algorithm}. Each algorithm has its own active key.
   *
   * @throws UnsupportedSigningAlgorithmException for an algorithm the platform does not sign with
   * @throws NoActiveSigningKeyException when the tenant has no active key of that algorithm
   */
  public ActiveSigner activeSigner(JWSAlgorithm algorithm) {
    Instant now = now(clock);
    return signers.activeSigner(
        scope.require(),
        SigningAlgorithm.of(algorithm),
        now,
        policy.signerRefresh(),
        () -> signingKeys(now));
  }

  /** The public keys to publish and to verify with: every key that has not expired. */
  public JWKSet publishedKeys() {
    List<JWK> keys =
        em.createQuery(
                "select k from SigningKey k where k.expiresAt is null or k.expiresAt > :now"
                    + " order by k.activatesAt desc",
                SigningKey.class)
            .setParameter("now", now(clock).atOffset(ZoneOffset.UTC))
            .getResultStream()
            .map(SigningKey::publicJwk)
            .toList();
    return new JWKSet(keys);
  }

  /** Every key of the tenant that has not been deleted, latest activation first. */
  public List<SigningKey> list() {
    return em.createQuery(
            "select k from SigningKey k order by k.activatesAt desc, k.algorithm", SigningKey.class)
        .getResultList();
  }

  /**
   * Keys that sign at {@code now} or will: the active and waiting ones (what {@link SignerCache}
   * holds).
   */
  public List<SigningKey> signingKeys(Instant now) {
    return em.createQuery(
            "select k from SigningKey k where k.retiresAt is null or k.retiresAt > :now",
            SigningKey.class)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  /** The clock's instant at the database's precision (microseconds), so stored equals compared. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
