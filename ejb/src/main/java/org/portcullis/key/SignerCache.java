package org.portcullis.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Private keys decrypted once per node and held in memory, by key id. A key id names one key
 * forever (it is the key's RFC 7638 thumbprint), so an entry never goes stale: which key signs is
 * decided by the database, not by this cache.
 */
@ApplicationScoped
class SignerCache {

  private final Map<String, JWSSigner> signers = new ConcurrentHashMap<>();

  @Inject private MasterKey masterKey;

  JWSSigner signerFor(SigningKey key) {
    return signers.computeIfAbsent(key.kid(), kid -> open(key));
  }

  private JWSSigner open(SigningKey key) {
    byte[] json = masterKey.unseal(key.sealedPrivateKey(), SigningKeys.sealContext(key.kid()));
    try {
      JWK privateJwk = JWK.parse(new String(json, StandardCharsets.UTF_8));
      return new DefaultJWSSignerFactory().createJWSSigner(privateJwk, key.algorithm());
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Signing key " + key.kid() + " cannot sign", e);
    }
  }
}
