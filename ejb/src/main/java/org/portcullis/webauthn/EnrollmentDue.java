package org.portcullis.webauthn;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An admin's demand that a user enroll a new security key at the next sign-in (after the user's
 * keys were removed, for example a lost or suspect key): until then, the password alone signs the
 * user into nothing but the enrollment.
 */
@Entity
@Table(name = "webauthn_enrollment_due")
@org.eclipse.persistence.annotations.Multitenant(
    org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE)
@org.eclipse.persistence.annotations.TenantDiscriminatorColumn(
    name = "TENANT_ID",
    contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class EnrollmentDue {

  @Id
  @Column(name = "user_id", length = 36)
  private String userId;

  @Column(name = "since", nullable = false)
  private OffsetDateTime since;

  protected EnrollmentDue() {}

  EnrollmentDue(String userId) {
    this.userId = userId;
    this.since = OffsetDateTime.now(ZoneOffset.UTC);
  }
}
