package org.portcullis.directory;

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
import org.portcullis.directory.password.PasswordPolicy;
import org.portcullis.tenant.TenantId;

/**
 * The password policy a tenant set; a tenant that set none has {@link PasswordPolicy#NIST_DEFAULT}.
 * Its id is the tenant's id, so a tenant has at most one. Not cached: a change on one node is in
 * force on every node at once.
 */
@Entity
@Table(name = "password_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class TenantPasswordPolicy {

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Column(name = "min_length", nullable = false)
  private int minLength;

  @Column(name = "max_length", nullable = false)
  private int maxLength;

  @Column(name = "blocklist", nullable = false)
  private boolean blocklist;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantPasswordPolicy() {}

  /** The policy {@code tenant} sets for the first time. */
  public TenantPasswordPolicy(TenantId tenant, PasswordPolicy policy) {
    this.id = tenant.value();
    replace(policy);
  }

  /** Replaces every rule by those of {@code policy} (which its constructor validated). */
  public void replace(PasswordPolicy policy) {
    this.minLength = policy.minLength();
    this.maxLength = policy.maxLength();
    this.blocklist = policy.blocklist();
    this.modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** The stored rules as a policy. */
  public PasswordPolicy policy() {
    return new PasswordPolicy(minLength, maxLength, blocklist);
  }

  public OffsetDateTime modifiedAt() {
    return modifiedAt.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
