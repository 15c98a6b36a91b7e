package org.portcullis.lifetime;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;

/**
 * The token lifetimes of the tenant in scope: the ones it set, or the platform's defaults (the
 * {@code PORTCULLIS_SESSION_LIFETIME} and {@code PORTCULLIS_REFRESH_*} settings, and the contract's
 * 300-second access token). A change is audited as {@value #CHANGED} and applies to what is issued
 * from then on: tokens and sessions already issued keep their expiry.
 */
@Stateless
@TenantIsolated
public class TokenLifetimePolicies {

  public static final String CHANGED = "token.lifetimes.changed";

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @Inject private AuditTrail trail;

  @Inject
  @ConfigProperty(name = "portcullis.session.lifetime", defaultValue = "PT10H")
  private Duration session;

  @Inject
  @ConfigProperty(name = "portcullis.refresh.idle", defaultValue = "PT30M")
  private Duration refreshIdle;

  @Inject
  @ConfigProperty(name = "portcullis.refresh.max", defaultValue = "PT10H")
  private Duration refreshMax;

  @Inject
  @ConfigProperty(name = "portcullis.refresh.offline.idle", defaultValue = "P30D")
  private Duration offlineIdle;

  @Inject
  @ConfigProperty(name = "portcullis.refresh.offline.max", defaultValue = "P60D")
  private Duration offlineMax;

  /** The lifetimes in force: the tenant's, or the platform's defaults. */
  public TokenLifetimes current() {
    return stored().map(TenantTokenLifetimes::lifetimes).orElseGet(this::defaults);
  }

  /**
   * The platform's defaults, which a tenant that set nothing has.
   *
   * @throws InvalidTokenLifetimesException when the platform's settings break the bounds
   */
  public TokenLifetimes defaults() {
    return new TokenLifetimes(
        TokenLifetimes.DEFAULT_ACCESS_TOKEN,
        session,
        refreshIdle,
        refreshMax,
        offlineIdle,
        offlineMax);
  }

  /** Replaces the tenant's lifetimes. */
  public TokenLifetimes change(TokenLifetimes lifetimes) {
    TenantId tenant = scope.require();
    stored()
        .ifPresentOrElse(
            existing -> existing.replace(lifetimes),
            () -> em.persist(new TenantTokenLifetimes(tenant, lifetimes)));
    trail.record(AuditRecord.success(CHANGED, tenant.value()));
    return lifetimes;
  }

  private Optional<TenantTokenLifetimes> stored() {
    return Optional.ofNullable(em.find(TenantTokenLifetimes.class, scope.require().value()));
  }
}
