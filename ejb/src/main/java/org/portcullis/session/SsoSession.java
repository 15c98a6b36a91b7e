package org.portcullis.session;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.client.SecretHash;

/**
 * A user's sign-in in one browser, shared by the tenant's clients (single sign-on). The browser
 * holds {@code id.secret} in a cookie; only the secret's hash is stored. It carries what the
 * sign-in proved: when ({@code auth_time}), how ({@code amr}) and how strongly ({@code acr}).
 */
@Entity
@Table(name = "sso_session")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class SsoSession {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "auth_time", nullable = false)
  private OffsetDateTime authTime;

  @Column(name = "amr", nullable = false)
  private String amr;

  @Column(name = "acr", nullable = false)
  private String acr;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SsoSession() {}

  /**
   * A session that starts now.
   *
   * @param secretHash the hash of the cookie's secret
   * @param amr the methods the user signed in with (RFC 8176), e.g. {@code pwd}
   */
  SsoSession(String userId, String secretHash, List<String> amr, String acr, Duration lifetime) {
    this.id = UUID.randomUUID().toString();
    this.userId = userId;
    this.secretHash = secretHash;
    this.authTime = OffsetDateTime.now(ZoneOffset.UTC);
    this.amr = String.join(" ", amr);
    this.acr = acr;
    this.createdAt = authTime;
    this.expiresAt = authTime.plus(lifetime);
  }

  /** Whether the session has neither ended nor expired. */
  public boolean isActive() {
    return endedAt == null && OffsetDateTime.now(ZoneOffset.UTC).isBefore(expiresAt);
  }

  boolean secretMatches(String secret) {
    return secret != null && new SecretHash(secretHash).matches(secret);
  }

  /** The user proved themselves again (max_age, prompt=login): a new auth_time. */
  void reauthenticated(List<String> newAmr, String newAcr) {
    this.authTime = OffsetDateTime.now(ZoneOffset.UTC);
    this.amr = String.join(" ", newAmr);
    this.acr = newAcr;
  }

  /** Ends the session (logout); it cannot start again. */
  void end() {
    if (endedAt == null) {
      endedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  /** The {@code sid} of ID and logout tokens. */
  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public OffsetDateTime authTime() {
    return authTime.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public List<String> amr() {
    return List.of(amr.split(" "));
  }

  public String acr() {
    return acr;
  }

  /**
   * Whether the sign-in happened at most {@code maxAge} ago (OpenID Connect Core {@code max_age}).
   */
  public boolean isYoungerThan(Duration maxAge) {
    return !authTime.plus(maxAge).isBefore(OffsetDateTime.now(ZoneOffset.UTC));
  }
}
