package org.portcullis.mfa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A user's TOTP authenticator (RFC 6238): its secret sealed with the master key, whether the user
 * has proved it with a code yet, and the last time step accepted (a code works once, RFC 6238
 * §5.2).
 */
@Entity
@Table(name = "totp_credential")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class TotpCredential {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "secret_sealed", nullable = false, length = 512)
  private String secretSealed;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "last_step", nullable = false)
  private long lastStep = -1;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TotpCredential() {}

  /**
   * @param secretSealed the secret sealed for {@code id}
   */
  TotpCredential(String id, String userId, String secretSealed) {
    this.id = id;
    this.userId = userId;
    this.secretSealed = secretSealed;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  String id() {
    return id;
  }

  String secretSealed() {
    return secretSealed;
  }

  boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** Accepts a code of time step {@code step} if it is newer than every code accepted before. */
  boolean accept(long step) {
    if (step <= lastStep) {
      return false;
    }
    lastStep = step;
    if (confirmedAt == null) {
      confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
    return true;
  }
}
