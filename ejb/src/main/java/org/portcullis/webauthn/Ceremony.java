package org.portcullis.webauthn;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A WebAuthn ceremony in flight: the options (and so the challenge) sent to the browser, kept in
 * the database so that a ceremony begun on one node completes on another, for {@link #LIFETIME}.
 */
@Entity
@Table(name = "webauthn_ceremony")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class Ceremony {

  /** How long a challenge may be answered. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the ceremony is for. */
  public enum Purpose {
    /** Registering a new credential for a signed-in user. */
    REGISTRATION,
    /** An assertion by a known user after the password. */
    SECOND_FACTOR,
    /** An assertion by any user of the tenant with a discoverable credential. */
    PASSWORDLESS
  }

  @Id
  @Column(name = "id", length = 43)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 16)
  private Purpose purpose;

  @Column(name = "user_id", length = 36)
  private String userId;

  @Column(name = "options_json", nullable = false)
  private String optionsJson;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected Ceremony() {}

  Ceremony(Purpose purpose, String userId, String optionsJson, Instant now) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    this.id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    this.purpose = purpose;
    this.userId = userId;
    this.optionsJson = optionsJson;
    this.expiresAt = now.plus(LIFETIME).atOffset(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  Purpose purpose() {
    return purpose;
  }

  Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  String optionsJson() {
    return optionsJson;
  }

  boolean isOpenAt(Instant now) {
    return expiresAt.toInstant().isAfter(now);
  }
}
