package org.portcullis.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.portcullis.tenant.TenantCreated;
import org.portcullis.tenant.TenantDeleted;
import org.portcullis.tenant.TenantId;

/**
 * What a node needs to sign without a database read per token: per tenant, the keys that sign now
 * or will (with their activation and retirement instants), read at most every {@link
 * RotationPolicy#signerRefresh()}, and their private keys, decrypted once and held in memory.
 *
 * <p>Which key signs is decided at every call from those instants and the clock, not from when the
 * node last read: a scheduled promotion takes effect on every node at the instant the database
 * names. A next key is stored at least the publication delay before it signs, longer than the
 * refresh interval, so every node has read it by then. Only an emergency rotation can reach another
 * node late, by at most the refresh interval; the node that rotates forgets its copy at once.
 */
@ApplicationScoped
class SignerCache {

  /** The keys of a tenant as read at {@code readAt}, and the signers opened from them. */
  private record Snapshot(Instant readAt, List<SigningKey> keys, Map<String, JWSSigner> signers) {}

  private final Map<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();

  @Inject private MasterKey masterKey;

  /**
   * The key of {@code algorithm} that signs at {@code now}, reading the tenant's keys through
   * {@code read} when this node's copy is older than {@code refresh}.
   *
   * @throws NoActiveSigningKeyException when no key of that algorithm signs at {@code now}
   */
  ActiveSigner activeSigner(
      TenantId tenant,
      SigningAlgorithm algorithm,
      Instant now,
      Duration refresh,
      Supplier<List<SigningKey>> read) {
    Snapshot snapshot = snapshots.get(tenant);
    if (snapshot == null || !now.isBefore(snapshot.readAt().plus(refresh))) {
      // Read outside any lock: two threads may both read, and the later copy wins; harmless.
      snapshot = reread(snapshot, now, read.get());
      snapshots.put(tenant, snapshot);
    }
    SigningKey key =
        snapshot.keys().stream()
            .filter(k -> k.signingAlgorithm() == algorithm)
            .filter(k -> k.statusAt(now) == KeyStatus.ACTIVE)
            .max(Comparator.comparing(SigningKey::activatesAt))
            .orElseThrow(() -> new NoActiveSigningKeyException(algorithm));
    JWSSigner signer = snapshot.signers().computeIfAbsent(key.kid(), kid -> open(key));
    return new ActiveSigner(key.kid(), key.algorithm(), signer);
  }

  /** Drops this node's copy of a tenant's keys: the next signature reads them again. */
  void forget(TenantId tenant) {
    snapshots.remove(tenant);
  }

  /** A deleted tenant's keys leave memory; a tenant created again under its id never sees them. */
  void deleted(@Observes TenantDeleted deleted) {
    forget(deleted.tenant());
  }

  void created(@Observes TenantCreated created) {
    forget(created.tenant());
  }

  /** A fresh snapshot that keeps the signers already opened for keys still in use. */
  private static Snapshot reread(Snapshot old, Instant now, List<SigningKey> keys) {
    Map<String, JWSSigner> signers = new ConcurrentHashMap<>();
    if (old != null) {
      keys.forEach(
          k -> {
            JWSSigner opened = old.signers().get(k.kid());
            if (opened != null) {
              signers.put(k.kid(), opened);
            }
          });
    }
    return new Snapshot(now, List.copyOf(keys), signers);
  }

  private JWSSigner open(SigningKey key) {
    byte[] json = masterKey.unseal(key.sealedPrivateKey(), KeyGeneration.sealContext(key.kid()));
    try {
      JWK privateJwk = JWK.parse(new String(json, StandardCharsets.UTF_8));
      return new DefaultJWSSignerFactory().createJWSSigner(privateJwk, key.algorithm());
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Signing key " + key.kid() + " cannot sign", e);
    }
  }
}
