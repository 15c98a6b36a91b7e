package org.portcullis.webauthn;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;

/** The WebAuthn policy of the tenant in scope. */
@Stateless
@TenantIsolated
public class WebAuthnPolicies {

  public static final String CHANGED = "webauthn.policy.changed";

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @Inject private AuditTrail trail;

  /** The policy in force: the tenant's, or {@link WebAuthnPolicy#DEFAULT}. */
  public WebAuthnPolicy current() {
    return stored().map(TenantWebAuthnPolicy::policy).orElse(WebAuthnPolicy.DEFAULT);
  }

  /** Replaces the tenant's policy. */
  public WebAuthnPolicy change(WebAuthnPolicy policy) {
    stored()
        .ifPresentOrElse(
            existing -> existing.replace(policy),
            () -> em.persist(new TenantWebAuthnPolicy(scope.require(), policy)));
    trail.record(AuditRecord.success(CHANGED, policy.attestation().name()));
    return policy;
  }

  private Optional<TenantWebAuthnPolicy> stored() {
    return Optional.ofNullable(em.find(TenantWebAuthnPolicy.class, scope.require().value()));
  }
}
