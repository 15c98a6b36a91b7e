package org.portcullis.token;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An access token revoked before it expired (RFC 7009), by its {@code jti}. It is refused until
 * {@link #inForceUntil()}: the token's {@code exp} plus the clock skew the verifier tolerates,
 * after which the token is refused as expired anyway and the row may go. Not cached: every node
 * reads it.
 */
@Entity
@Table(name = "revoked_token")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class RevokedToken {

  /** Longest {@code jti} kept (the column's length). */
  public static final int MAX_JTI = 255;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "jti", nullable = false, updatable = false, length = MAX_JTI)
  private String jti;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_at", nullable = false, updatable = false)
  private OffsetDateTime revokedAt;

  protected RevokedToken() {}

  /**
   * The token {@code jti}, revoked at {@code now}, denied until {@code tokenExpiresAt} plus {@code
   * AccessTokenVerifier#CLOCK_SKEW}.
   */
  public RevokedToken(String jti, Instant tokenExpiresAt, Instant now) {
    Objects.requireNonNull(jti, "jti");
    if (jti.isEmpty() || jti.length() > MAX_JTI) {
      throw new IllegalArgumentException("a jti is 1 to " + MAX_JTI + " characters");
    }
    this.id = UUID.randomUUID().toString();
    this.jti = jti;
    this.expiresAt = tokenExpiresAt.plus(AccessTokenVerifier.CLOCK_SKEW).atOffset(ZoneOffset.UTC);
    this.revokedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String jti() {
    return jti;
  }

  /** Until when the token must be refused. */
  public Instant inForceUntil() {
    return expiresAt.toInstant();
  }

  /** Whether the token must still be refused at {@code now}. */
  public boolean isInForce(Instant now) {
    return now.isBefore(inForceUntil());
  }

  @Override
  public String toString() {
    return "RevokedToken[jti=" + jti + ", until=" + expiresAt + "]";
  }
}
