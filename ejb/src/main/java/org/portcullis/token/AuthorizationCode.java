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
 * An authorization code (RFC 6749 §4.1.2), stored by the hash of its value: what the user
 * authorized, for which client and redirect URI, with which PKCE challenge. It is redeemed once
 * (RFC 6749 §4.1.2) and remembers what it issued, so that a replay revokes it (RFC 9700 §4.5).
 */
@Entity
@Table(name = "authorization_code")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class AuthorizationCode {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "redirect_uri", nullable = false, length = 2000)
  private String redirectUri;

  @Column(name = "scope", nullable = false, length = 2000)
  private String scope;

  @Column(name = "resources", nullable = false, length = 20000)
  private String resources;

  @Column(name = "nonce", length = 512)
  private String nonce;

  @Column(name = "code_challenge", length = 128)
  private String codeChallenge;

  @Embedded private SignInColumns signIn;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "redeemed_at")
  private OffsetDateTime redeemedAt;

  @Column(name = "replayed_at")
  private OffsetDateTime replayedAt;

  @Column(name = "refresh_family", length = 36)
  private String refreshFamily;

  @Column(name = "access_token_jti", length = 36)
  private String accessTokenJti;

  @Column(name = "access_token_expires")
  private OffsetDateTime accessTokenExpires;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AuthorizationCode() {}

  AuthorizationCode(String code, CodeGrant grant, Duration lifetime) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    this.id = SecretHash.of(code).value();
    this.clientId = grant.clientId();
    this.userId = grant.userId();
    this.redirectUri = grant.redirectUri();
    this.scope = grant.scope().format();
    this.resources = SignIn.join(grant.resources());
    this.nonce = grant.nonce();
    this.codeChallenge = grant.codeChallenge();
    this.signIn = new SignInColumns(grant.signIn());
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** What the user authorized. */
  public CodeGrant grant() {
    return new CodeGrant(
        clientId,
        userId,
        redirectUri,
        Scope.parse(scope),
        SignIn.split(resources),
        nonce,
        codeChallenge,
        signIn.signIn());
  }

  boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt.toInstant());
  }

  boolean isRedeemed() {
    return redeemedAt != null;
  }

  /** RFC 6749 §4.1.2: the first and only redemption. */
  void redeem() {
    if (redeemedAt != null) {
      throw new IllegalStateException("A code is redeemed once");
    }
    redeemedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** A second redemption: marks the code, so that tokens recorded later are revoked too. */
  void replayed() {
    if (replayedAt == null) {
      replayedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  boolean wasReplayed() {
    return replayedAt != null;
  }

  /** Remembers what the redemption issued. */
  void issued(MintedToken accessToken, String refreshFamilyId) {
    this.accessTokenJti = accessToken.jti();
    this.accessTokenExpires = accessToken.expiresAt().atOffset(ZoneOffset.UTC);
    this.refreshFamily = refreshFamilyId;
  }

  Optional<String> accessTokenJti() {
    return Optional.ofNullable(accessTokenJti);
  }

  Optional<Instant> accessTokenExpires() {
    return Optional.ofNullable(accessTokenExpires).map(OffsetDateTime::toInstant);
  }

  Optional<String> refreshFamily() {
    return Optional.ofNullable(refreshFamily);
  }

  String id() {
    return id;
  }

  String userId() {
    return userId;
  }

  String clientId() {
    return clientId;
  }
}
