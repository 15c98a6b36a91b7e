package org.portcullis.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.portcullis.tenant.TenantCreated;
import org.portcullis.tenant.TenantIsolated;

/**
 * A tenant's signing keys: the first key at creation, the active signer, and the public key set the
 * JWKS publishes (active and retired keys, so that every unexpired token still verifies).
 */
@Stateless
@TenantIsolated
public class SigningKeys {

  @PersistenceContext private EntityManager em;

  @Inject private MasterKey masterKey;

  @Inject private SignerCache signers;

  /** Gives a new tenant its first key: ES256 on P-256, the platform's default. */
  public void provisionFirstKey(@Observes TenantCreated created) {
    em.persist(generateEs256());
  }

  /** The key that signs now. */
  public ActiveSigner activeSigner() {
    SigningKey key =
        em.createQuery(
                "select k from SigningKey k where k.status = org.portcullis.key.KeyStatus.ACTIVE"
                    + " order by k.createdAt desc",
                SigningKey.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The tenant has no active signing key"));
    return new ActiveSigner(key.kid(), key.algorithm(), signers.signerFor(key));
  }

  /** The public keys to publish and to verify with. */
  public JWKSet publishedKeys() {
    List<JWK> keys =
        em.createQuery("select k from SigningKey k order by k.createdAt desc", SigningKey.class)
            .getResultStream()
            .map(SigningKey::publicJwk)
            .toList();
    return new JWKSet(keys);
  }

  private SigningKey generateEs256() {
    try {
      ECKey generated =
          new ECKeyGenerator(Curve.P_256)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .keyIDFromThumbprint(true)
              .generate();
      String sealed =
          masterKey.seal(
              generated.toJSONString().getBytes(StandardCharsets.UTF_8),
              sealContext(generated.getKeyID()));
      return new SigningKey(generated.toPublicJWK(), sealed);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a P-256 key", e);
    }
  }

  static String sealContext(String kid) {
    return "portcullis:signing-key:" + kid;
  }
}
