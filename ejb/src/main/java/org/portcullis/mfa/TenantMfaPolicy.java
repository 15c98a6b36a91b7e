package org.portcullis.mfa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.tenant.TenantId;

/** The MFA policy a tenant set; its id is the tenant's id. Not cached (in force on every node). */
@Entity
@Table(name = "mfa_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class TenantMfaPolicy {

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 16)
  private MfaMode mode;

  @Column(name = "required_roles", nullable = false, length = 2000)
  private String requiredRoles;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantMfaPolicy() {}

  TenantMfaPolicy(TenantId tenant, MfaPolicy policy) {
    this.id = tenant.value();
    replace(policy);
  }

  void replace(MfaPolicy policy) {
    this.mode = policy.mode();
    this.requiredRoles = String.join("\n", policy.requiredRoles().stream().sorted().toList());
    this.modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  MfaPolicy policy() {
    return new MfaPolicy(
        mode, requiredRoles.isEmpty() ? Set.of() : Set.of(requiredRoles.split("\n")));
  }
}
