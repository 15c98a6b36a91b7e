package org.portcullis.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Generates a key pair and seals its private half with the {@link MasterKey} at once: the private
 * key exists in clear only inside {@link #generate} and, decrypted again, inside {@link
 * SignerCache}. Generation (an RSA key may take seconds) happens before a rotation reads the clock
 * and takes its lock, so that a key's publication delay counts from the moment it is stored.
 */
@ApplicationScoped
class KeyGeneration {

  /** A new key pair, its private half sealed, not yet part of any key set. */
  record SealedKeyPair(SigningAlgorithm algorithm, JWK publicJwk, String sealedPrivateKey) {

    /** The key, published at {@code now}, signing from {@code activatesAt}. */
    SigningKey publish(Instant now, Instant activatesAt) {
      return new SigningKey(publicJwk, sealedPrivateKey, now, activatesAt);
    }

    /** A key maker for a ring of this pair's algorithm that hands out this pair. */
    KeyRing.KeyMaker maker() {
      return (requested, now, activatesAt) -> {
        if (requested != algorithm) {
          throw new IllegalArgumentException(
              "a " + algorithm + " key for a " + requested + " ring");
        }
        return publish(now, activatesAt);
      };
    }

    @Override
    public String toString() {
      return "SealedKeyPair[" + algorithm + ", kid=" + publicJwk.getKeyID() + "]";
    }
  }

  SealedKeyPair generate(SigningAlgorithm algorithm) {
    JWK generated;
    try {
      generated = algorithm.generateKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a " + algorithm + " key", e);
    }
    String sealed =
        masterKey.seal(
            generated.toJSONString().getBytes(StandardCharsets.UTF_8),
            sealContext(generated.getKeyID()));
    return new SealedKeyPair(algorithm, generated.toPublicJWK(), sealed);
  }

  @Inject private MasterKey masterKey;

  /** The associated data that binds a sealed private key to its key id. */
  static String sealContext(String kid) {
    return "portcullis:signing-key:" + kid;
  }
}
