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

/** A single-use recovery code, stored by the hash of the user and the code only. */
@Entity
@Table(name = "recovery_code")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class RecoveryCode {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RecoveryCode() {}

  RecoveryCode(String id, String userId) {
    this.id = id;
    this.userId = userId;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Uses the code; false when it was used before. */
  boolean use() {
    if (usedAt != null) {
      return false;
    }
    usedAt = OffsetDateTime.now(ZoneOffset.UTC);
    return true;
  }

  String userId() {
    return userId;
  }
}
