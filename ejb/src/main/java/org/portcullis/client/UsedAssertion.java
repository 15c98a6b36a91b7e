package org.portcullis.client;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A client assertion (RFC 7523) that has authenticated once, kept until it expires. */
@Entity
@Table(name = "client_assertion")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class UsedAssertion {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected UsedAssertion() {}

  UsedAssertion(String id, Instant expiresAt) {
    this.id = id;
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }
}
