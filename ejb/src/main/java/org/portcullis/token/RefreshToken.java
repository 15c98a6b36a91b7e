package org.portcullis.token;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.client.Scope;
import org.portcullis.client.SecretHash;

/**
 * A refresh token, stored by the hash of its value, in a family: the tokens that rotation (RFC 9700
 * §4.14.2) made from one grant. Each is used once; it expires when idle too long or when its family
 * reaches its absolute lifetime, whichever is first.
 */
@Entity
@Table(name = "refresh_token")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class RefreshToken {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "family_id", nullable = false, length = 36)
  private String familyId;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "offline", nullable = false)
  private boolean offline;

  @Column(name = "scope", nullable = false, length = 2000)
  private String scope;

  @Column(name = "resources", nullable = false, length = 20000)
  private String resources;

  @Embedded private SignInColumns signIn;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "family_expires_at", nullable = false)
  private OffsetDateTime familyExpiresAt;

  @Column(name = "rotated_at")
  private OffsetDateTime rotatedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "access_token_jti", length = 36)
  private String accessTokenJti;

  @Column(name = "access_token_expires")
  private OffsetDateTime accessTokenExpires;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RefreshToken() {}

  /** The next token of a family, or the first when {@code familyExpiresAt} starts one. */
  RefreshToken(
      String token,
      String familyId,
      RefreshGrant grant,
      Instant now,
      Duration idle,
      Instant familyExpiresAt) {
    this.id = SecretHash.of(token).value();
    this.familyId = familyId;
    this.clientId = grant.clientId();
    this.userId = grant.userId();
    this.offline = grant.offline();
    this.scope = grant.scope().format();
    this.resources = SignIn.join(grant.resources());
    this.signIn = new SignInColumns(grant.signIn());
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    Instant idleEnd = now.plus(idle);
    this.expiresAt =
        (idleEnd.isBefore(familyExpiresAt) ? idleEnd : familyExpiresAt).atOffset(ZoneOffset.UTC);
    this.familyExpiresAt = familyExpiresAt.atOffset(ZoneOffset.UTC);
  }

  RefreshGrant grant() {
    return new RefreshGrant(
        clientId, userId, Scope.parse(scope), SignIn.split(resources), signIn.signIn(), offline);
  }

  boolean isRotated() {
    return rotatedAt != null;
  }

  boolean isRevoked() {
    return revokedAt != null;
  }

  boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt.toInstant());
  }

  /** RFC 9700 §4.14.2: used once, replaced by the next of its family. */
  void rotate(Instant now) {
    rotatedAt = now.atOffset(ZoneOffset.UTC);
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  void issuedWith(MintedToken accessToken) {
    this.accessTokenJti = accessToken.jti();
    this.accessTokenExpires = accessToken.expiresAt().atOffset(ZoneOffset.UTC);
  }

  /** The access token issued with this refresh token, while it is valid. */
  Optional<MintedToken> liveAccessToken(Instant now) {
    if (accessTokenJti == null || !now.isBefore(accessTokenExpires.toInstant())) {
      return Optional.empty();
    }
    return Optional.of(new MintedToken(null, accessTokenJti, accessTokenExpires.toInstant()));
  }

  String familyId() {
    return familyId;
  }

  Instant familyExpiresAt() {
    return familyExpiresAt.toInstant();
  }

  String clientId() {
    return clientId;
  }

  String userId() {
    return userId;
  }
}
