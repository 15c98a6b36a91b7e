package org.portcullis.lifetime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.tenant.TenantId;

/**
 * The lifetimes a tenant set, in seconds; a tenant that set none has the platform's defaults. Its
 * id is the tenant's id, so a tenant has at most one. Not cached: a change on one node is in force
 * on every node at once.
 */
@Entity
@Table(name = "token_lifetimes")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class TenantTokenLifetimes {

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Column(name = "access_token", nullable = false)
  private long accessToken;

  @Column(name = "session_max", nullable = false)
  private long session;

  @Column(name = "refresh_idle", nullable = false)
  private long refreshIdle;

  @Column(name = "refresh_max", nullable = false)
  private long refreshMax;

  @Column(name = "offline_idle", nullable = false)
  private long offlineIdle;

  @Column(name = "offline_max", nullable = false)
  private long offlineMax;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantTokenLifetimes() {}

  TenantTokenLifetimes(TenantId tenant, TokenLifetimes lifetimes) {
    this.id = tenant.value();
    replace(lifetimes);
  }

  void replace(TokenLifetimes lifetimes) {
    accessToken = lifetimes.accessToken().toSeconds();
    session = lifetimes.session().toSeconds();
    refreshIdle = lifetimes.refreshIdle().toSeconds();
    refreshMax = lifetimes.refreshMax().toSeconds();
    offlineIdle = lifetimes.offlineIdle().toSeconds();
    offlineMax = lifetimes.offlineMax().toSeconds();
    modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  TokenLifetimes lifetimes() {
    return new TokenLifetimes(
        Duration.ofSeconds(accessToken),
        Duration.ofSeconds(session),
        Duration.ofSeconds(refreshIdle),
        Duration.ofSeconds(refreshMax),
        Duration.ofSeconds(offlineIdle),
        Duration.ofSeconds(offlineMax));
  }
}
