package org.portcullis.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.Arrays;

/**
 * The algorithms a tenant signs with, each with its own key ring: ES256 on P-256 (the default) and
 * RS256 with 2048-bit keys. MicroProfile JWT verifies only these two (stack notes §3).
 */
public enum SigningAlgorithm {
  ES256(JWSAlgorithm.ES256) {
    @Override
    JWK generateKey() throws JOSEException {
      return new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint(true)
          .generate();
    }
  },
  RS256(JWSAlgorithm.RS256) {
    @Override
    JWK generateKey() throws JOSEException {
      return new RSAKeyGenerator(RSA_KEY_BITS)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyIDFromThumbprint(true)
          .generate();
    }
  };

  /** The platform's default (architecture.md, "Security defaults"). */
  public static final SigningAlgorithm DEFAULT = ES256;

  /** RSA modulus size: NIST SP 800-57's minimum through 2030, and what RS256 verifiers expect. */
  static final int RSA_KEY_BITS = 2048;

  private final JWSAlgorithm jws;

  SigningAlgorithm(JWSAlgorithm jws) {
    this.jws = jws;
  }

  /** The JOSE {@code alg}. */
  public JWSAlgorithm jws() {
    return jws;
  }

  /**
   * The algorithm named by a JOSE {@code alg} value.
   *
   * @throws UnsupportedSigningAlgorithmException when the platform does not sign with it
   */
  public static SigningAlgorithm of(String alg) {
    return Arrays.stream(values())
        .filter(a -> a.jws.getName().equals(alg))
        .findFirst()
        .orElseThrow(() -> new UnsupportedSigningAlgorithmException(alg));
  }

  /** The algorithm of a JOSE {@code alg}. */
  public static SigningAlgorithm of(JWSAlgorithm alg) {
    return of(alg.getName());
  }

  /** A new private key with its RFC 7638 thumbprint as {@code kid}. */
  abstract JWK generateKey() throws JOSEException;
}
