package org.portcullis.key;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One signing key of a tenant: its public JWK, published in the tenant's JWKS, and its private key,
 * sealed by the {@link MasterKey} and bound to the key's id.
 *
 * <p>Its life is four instants: published from {@code createdAt}, signing from {@code activatesAt},
 * no longer signing from {@code retiresAt} (set once a successor is scheduled: the successor's
 * activation), gone from the JWKS at {@code expiresAt}. Its {@link #statusAt status} is read from
 * them, so every node agrees on it at every instant without being told. A key's signing period can
 * only shrink: activation moves earlier only while the key waits, retirement moves earlier only.
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

  @Column(name = "public_jwk", nullable = false, length = 4000)
  private String publicJwk;

  @Column(name = "sealed_private_key", nullable = false, length = 8000)
  private String sealedPrivateKey;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "activates_at", nullable = false)
  private OffsetDateTime activatesAt;

  @Column(name = "retires_at")
  private OffsetDateTime retiresAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SigningKey() {}

  /**
   * A key published at {@code createdAt} that signs from {@code activatesAt}.
   *
   * @throws IllegalArgumentException when the JWK is not a public key with kid and alg, or the key
   *     would sign before it is published
   */
  SigningKey(JWK publicJwk, String sealedPrivateKey, Instant createdAt, Instant activatesAt) {
    if (publicJwk.isPrivate() || publicJwk.getKeyID() == null || publicJwk.getAlgorithm() == null) {
      throw new IllegalArgumentException(
          "a signing key is published as a public JWK with kid and alg");
    }
    if (activatesAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a key cannot sign before it is published");
    }
    this.id = UUID.randomUUID().toString();
    this.kid = publicJwk.getKeyID();
    this.algorithm = publicJwk.getAlgorithm().getName();
    this.publicJwk = publicJwk.toJSONString();
    this.sealedPrivateKey = sealedPrivateKey;
    this.createdAt = utc(createdAt);
    this.activatesAt = utc(activatesAt);
  }

  public String kid() {
    return kid;
  }

  public JWSAlgorithm algorithm() {
    return JWSAlgorithm.parse(algorithm);
  }

  public SigningAlgorithm signingAlgorithm() {
    return SigningAlgorithm.of(algorithm);
  }

  /** When the key was published. */
  public Instant createdAt() {
    return createdAt.toInstant();
  }

  /** When the key signs (or signed) its first token. */
  public Instant activatesAt() {
    return activatesAt.toInstant();
  }

  /** When the key stops (or stopped) signing; empty while no successor is scheduled. */
  public Optional<Instant> retiresAt() {
    return Optional.ofNullable(retiresAt).map(OffsetDateTime::toInstant);
  }

  /** When the key leaves the JWKS and is deleted; empty while it has no retirement. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt).map(OffsetDateTime::toInstant);
  }

  /** Where the key stands at {@code now}. */
  public KeyStatus statusAt(Instant now) {
    if (activatesAt.toInstant().isAfter(now)) {
      return KeyStatus.NEXT;
    }
    if (retiresAt != null && !retiresAt.toInstant().isAfter(now)) {
      return KeyStatus.RETIRED;
    }
    return KeyStatus.ACTIVE;
  }

  /** Whether every token the key signed has expired at {@code now}: it leaves the JWKS. */
  public boolean isExpiredAt(Instant now) {
    return expiresAt != null && !expiresAt.toInstant().isAfter(now);
  }

  /**
   * Brings a waiting key's activation forward to {@code at} (an emergency rotation).
   *
   * @throws IllegalStateException when the key signs already at {@code at}
   */
  void activateEarlier(Instant at) {
    if (!activatesAt.toInstant().isAfter(at)) {
      throw new IllegalStateException("key " + kid + " signs already");
    }
    this.activatesAt = utc(at.isBefore(createdAt()) ? createdAt() : at);
  }

  /**
   * Ends the key's signing at {@code at} and keeps it published for {@code retention} after that. A
   * retirement that is already earlier stays: a key never signs longer than once decided.
   *
   * @throws IllegalArgumentException when {@code at} is before the key's activation
   */
  void retireAt(Instant at, Duration retention) {
    if (at.isBefore(activatesAt.toInstant())) {
      throw new IllegalArgumentException("a key retires after it activates");
    }
    if (retiresAt != null && !retiresAt.toInstant().isAfter(at)) {
      return;
    }
    this.retiresAt = utc(at);
    this.expiresAt = utc(at.plus(retention));
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

  @Override
  public String toString() {
    return "SigningKey[kid=" + kid + ", alg=" + algorithm + ", activatesAt=" + activatesAt + "]";
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
