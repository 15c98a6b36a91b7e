package org.portcullis.authorize;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.client.SecretHash;

/**
 * An authorization request waiting for the user (sign-in, consent), in the database so that any
 * node can continue it. It belongs to the browser that made it: the hash of a secret that only that
 * browser holds in a cookie is stored with it, so that a request id alone (in a URL, a log) lets no
 * one else sign in to it (login CSRF).
 */
@Entity
@Table(name = "authorization_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class PendingAuthorization {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "parameters", nullable = false, length = 20000)
  private String parameters;

  @Column(name = "browser_hash", nullable = false, length = 64)
  private String browserHash;

  @Column(name = "user_id", length = 36)
  private String userId;

  @Column(name = "password_at")
  private OffsetDateTime passwordAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected PendingAuthorization() {}

  PendingAuthorization(AuthorizationRequest request, String browserSecret, Duration lifetime) {
    this.id = SecretHash.generateSecret();
    this.clientId = request.clientId().value();
    this.parameters = request.toJson();
    this.browserHash = SecretHash.of(browserSecret).value();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.expiresAt = createdAt.plus(lifetime);
  }

  String id() {
    return id;
  }

  java.time.OffsetDateTime createdAt() {
    return createdAt;
  }

  AuthorizationRequest request() {
    return AuthorizationRequest.fromJson(parameters);
  }

  /** The user gave the right password; the second factor is still to come. */
  void passwordGiven(String user) {
    this.userId = user;
    this.passwordAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** The user waiting for a second factor, while the password is recent enough. */
  java.util.Optional<String> awaitingSecondFactor(Duration within, Instant now) {
    if (userId == null || passwordAt.plus(within).toInstant().isBefore(now)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(userId);
  }

  /** The user who gave the password and has yet to give a second factor, however long ago. */
  java.util.Optional<String> passwordGivenBy() {
    return java.util.Optional.ofNullable(userId);
  }

  void secondFactorGiven() {
    this.userId = null;
    this.passwordAt = null;
  }

  /** Whether the browser presenting {@code browserSecret} made this request, in time. */
  boolean isContinuableBy(String browserSecret, Instant now) {
    return browserSecret != null
        && now.isBefore(expiresAt.toInstant())
        && new SecretHash(browserHash).matches(browserSecret);
  }
}
