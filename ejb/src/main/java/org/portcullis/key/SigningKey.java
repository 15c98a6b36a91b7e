package org.portcullis.key;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One signing key of a tenant: its public JWK, published in the tenant's JWKS, and its private key,
 * sealed by the {@link MasterKey} and bound to the key's id.
 */
@Entity
@Table(name = "signing_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class SigningKey {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "kid", nullable = false, length = 64)
  private String kid;

  @Column(name = "algorithm", nullable = false, length = 16)
  private String algorithm;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private KeyStatus status;

  @Column(name = "public_jwk", nullable = false, length = 4000)
  private String publicJwk;

  @Column(name = "sealed_private_key", nullable = false, length = 8000)
  private String sealedPrivateKey;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SigningKey() {}

  SigningKey(JWK publicJwk, String sealedPrivateKey) {
    if (publicJwk.isPrivate() || publicJwk.getKeyID() == null || publicJwk.getAlgorithm() == null) {
      throw new IllegalArgumentException(
          "a signing key is published as a public JWK with kid and alg");
    }
    this.id = UUID.randomUUID().toString();
    this.kid = publicJwk.getKeyID();
    this.algorithm = publicJwk.getAlgorithm().getName();
    this.publicJwk = publicJwk.toJSONString();
    this.sealedPrivateKey = sealedPrivateKey;
    this.status = KeyStatus.ACTIVE;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String kid() {
    return kid;
  }

  public JWSAlgorithm algorithm() {
    return JWSAlgorithm.parse(algorithm);
  }

  public KeyStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The public key as published in the JWKS. */
  public JWK publicJwk() {
    try {
      return JWK.parse(publicJwk);
    } catch (ParseException e) {
      throw new IllegalStateException("stored public key " + kid + " is not a JWK", e);
    }
  }

  String sealedPrivateKey() {
    return sealedPrivateKey;
  }
}
