package org.portcullis.key;

import com.nimbusds.jose.JWSAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.portcullis.tenant.TenantScope;

/**
 * {@link SigningKeys#activeSigner(JWSAlgorithm)} for the request path that mints tokens: the same
 * decision, from the same {@link SignerCache} snapshot and the clock, without an EJB call (no
 * transaction, no persistence context) while this node's copy of the tenant's keys is fresh. When
 * it is not, the keys are read through {@link SigningKeys#signingKeys(Instant)}, tenant-isolated as
 * before. Needs an active request context (the tenant in scope).
 */
@ApplicationScoped
public class ActiveSigners {

  @Inject private SignerCache signers;

  @Inject private SigningKeys keys;

  @Inject private TenantScope scope;

  @Inject private RotationPolicy policy;

  private final Clock clock = Clock.systemUTC();

  /** The key that signs now with the platform's default algorithm (ES256). */
  public ActiveSigner activeSigner() {
    return activeSigner(SigningAlgorithm.DEFAULT.jws());
  }

  /**
   * The key that signs now with {@code algorithm}.
   *
   * @throws UnsupportedSigningAlgorithmException for an algorithm the platform does not sign with
   * @throws NoActiveSigningKeyException when the tenant has no active key of that algorithm
   */
  public ActiveSigner activeSigner(JWSAlgorithm algorithm) {
    Instant now = SigningKeys.now(clock);
    return signers.activeSigner(
        scope.require(),
        SigningAlgorithm.of(algorithm),
        now,
        policy.signerRefresh(),
        () -> keys.signingKeys(now));
  }
}
