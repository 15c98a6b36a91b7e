package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.directory.password.InvalidPasswordException;
import org.portcullis.directory.password.PasswordCheck;
import org.portcullis.directory.password.PasswordContext;
import org.portcullis.directory.password.PasswordPolicy;
import org.portcullis.tenant.Tenant;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;

/**
 * The password policy of the tenant in scope (NIST SP 800-63B §5.1.1.2): reads it, changes it
 * (audited as {@value #CHANGED}, with the tenant's id as the target) and checks prospective
 * passwords against it. A tenant that set no policy has {@link PasswordPolicy#NIST_DEFAULT}.
 */
@Stateless
@TenantIsolated
public class PasswordPolicies {

  public static final String CHANGED = "password.policy.changed";

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @Inject private TenantRegistry tenants;

  @Inject private AuditTrail trail;

  /** The tenant's policy: the one it set, or the default. */
  public PasswordPolicy current() {
    return stored().map(TenantPasswordPolicy::policy).orElse(PasswordPolicy.NIST_DEFAULT);
  }

  /**
   * Replaces the tenant's policy; it applies to every password set from now on (existing passwords
   * stay valid: §5.1.1.2 rules out forced changes).
   *
   * @param policy a policy, valid by construction ({@link PasswordPolicy} refuses what NIST
   *     forbids)
   * @return the policy now in force
   */
  public PasswordPolicy change(PasswordPolicy policy) {
    TenantId tenant = scope.require();
    stored()
        .ifPresentOrElse(
            existing -> existing.replace(policy),
            () -> em.persist(new TenantPasswordPolicy(tenant, policy)));
    trail.record(AuditRecord.success(CHANGED, tenant.value()));
    return policy;
  }

  /**
   * Checks the prospective password of the user named {@code userName} against the tenant's policy,
   * comparing it with the user name and the tenant's display name (§5.1.1.2, context-specific
   * words).
   *
   * @param password read, never modified or kept
   */
  public PasswordCheck check(char[] password, UserName userName) {
    PasswordContext context = PasswordContext.forUser(userName.value());
    Optional<String> service = tenants.find(scope.require()).map(Tenant::displayName);
    return current().check(password, service.map(context::withServiceName).orElse(context));
  }

  /**
   * Like {@link #check}, for callers that must not go on with a refused password.
   *
   * @throws InvalidPasswordException naming every rule the password breaks
   */
  public void requireAcceptable(char[] password, UserName userName) {
    PasswordCheck check = check(password, userName);
    if (!check.isOk()) {
      throw new InvalidPasswordException(check);
    }
  }

  /** The words a password of {@code userName} must not contain, in a tenant so named. */
  static PasswordContext contextOf(UserName userName, Optional<String> tenantDisplayName) {
    PasswordContext context = PasswordContext.forUser(userName.value());
    return tenantDisplayName.map(context::withServiceName).orElse(context);
  }

  private Optional<TenantPasswordPolicy> stored() {
    return Optional.ofNullable(em.find(TenantPasswordPolicy.class, scope.require().value()));
  }
}
