package org.portcullis.mfa;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;

/** The MFA policy of the tenant in scope. */
@Stateless
@TenantIsolated
public class MfaPolicies {

  public static final String CHANGED = "mfa.policy.changed";

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @Inject private AuditTrail trail;

  /** The policy in force: the tenant's, or {@link MfaPolicy#DEFAULT}. */
  public MfaPolicy current() {
    return stored().map(TenantMfaPolicy::policy).orElse(MfaPolicy.DEFAULT);
  }

  /** Replaces the tenant's policy. */
  public MfaPolicy change(MfaPolicy policy) {
    stored()
        .ifPresentOrElse(
            existing -> existing.replace(policy),
            () -> em.persist(new TenantMfaPolicy(scope.require(), policy)));
    trail.record(AuditRecord.success(CHANGED, policy.mode().name()));
    return policy;
  }

  private Optional<TenantMfaPolicy> stored() {
    return Optional.ofNullable(em.find(TenantMfaPolicy.class, scope.require().value()));
  }
}
