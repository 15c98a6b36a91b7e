package org.portcullis.mfa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.webauthn.SecurityKeys;

/**
 * What a sign-in asks after the password, by the tenant's policy and the factors the user has: a
 * security key, a TOTP code or a recovery code. The answer names the methods proved (RFC 8176
 * {@code amr}). Each decision of a sign-in is audited: {@code mfa.asked.<why>}, {@code
 * mfa.passed.<method>} and {@code mfa.failed.<reason>}, with the user as target.
 */
@ApplicationScoped
public class SecondFactors {

  /** RFC 8176: a one-time password. */
  public static final String OTP = "otp";

  /** RFC 8176: more than one factor. */
  public static final String MFA = "mfa";

  @Inject private TotpFactors totp;

  @Inject private RecoveryCodes recoveryCodes;

  @Inject private MfaPolicies policies;

  @Inject private RoleDirectory roles;

  @Inject private SecurityKeys securityKeys;

  @Inject private AuditTrail trail;

  /** What the sign-in of a user who has just given the right password needs. */
  public enum Need {
    /** Nothing more. */
    NONE,
    /** A second factor. */
    SECOND_FACTOR,
    /**
     * A security key to enroll now: policy requires a second factor the user does not have, or an
     * admin asked for a new key.
     */
    ENROLL
  }

  /** Why a sign-in asks for a second factor: audited as {@code mfa.asked.<why>}. */
  public enum Why {
    /** The tenant's policy requires one of everyone. */
    TENANT_POLICY,
    /** The tenant's policy requires one of a role the user has. */
    ROLE_POLICY,
    /** The client asked for it ({@code acr_values} 2). */
    STEP_UP,
    /** The client's {@code max_age} was past, and the user has a factor. */
    MAX_AGE,
    /** The user enrolled a factor (policy OPTIONAL). */
    ENROLLED,
    /** An admin asked the user to enroll a new security key. */
    REENROLLMENT;

    String action() {
      return "mfa.asked." + auditName(this);
    }
  }

  /** The second factor given: audited as {@code mfa.passed.<method>}. */
  public enum Method {
    WEBAUTHN,
    TOTP,
    RECOVERY
  }

  /** Why a second factor was refused: audited as {@code mfa.failed.<reason>}. */
  public enum Failure {
    /** A wrong or used TOTP or recovery code. */
    WRONG_CODE,
    /** A security key's answer that did not verify (also audited as webauthn.refused). */
    KEY_REFUSED,
    /** A security key that could not be enrolled during sign-in. */
    ENROLLMENT_REFUSED,
    /** The second factor came too late after the password. */
    EXPIRED
  }

  public Need after(String userId) {
    MfaPolicy policy = policies.current();
    if (policy.mode() == MfaMode.OFF) {
      return Need.NONE;
    }
    if (securityKeys.isEnrollmentDue(userId)) {
      return Need.ENROLL;
    }
    if (hasCodes(userId) || securityKeys.has(userId)) {
      return Need.SECOND_FACTOR;
    }
    return policy.requires(roles.effectiveRoles(userId).names()) ? Need.ENROLL : Need.NONE;
  }

  /**
   * Why the tenant asks {@code userId} for a second factor, as far as the user and the policy tell
   * (the client's request may have its own reason: {@link Why#STEP_UP}, {@link Why#MAX_AGE}).
   */
  public Why why(String userId) {
    MfaPolicy policy = policies.current();
    if (securityKeys.isEnrollmentDue(userId)) {
      return Why.REENROLLMENT;
    }
    if (policy.requires(roles.effectiveRoles(userId).names())) {
      return policy.requiredRoles().isEmpty() ? Why.TENANT_POLICY : Why.ROLE_POLICY;
    }
    return Why.ENROLLED;
  }

  /** Audits that the sign-in of {@code userId} asks for a second factor, and why. */
  public void asked(String userId, Why why) {
    trail.record(AuditRecord.success(why.action(), userId));
  }

  /** Audits the second factor {@code userId} gave. */
  public void passed(String userId, Method method) {
    trail.record(AuditRecord.success("mfa.passed." + auditName(method), userId));
  }

  /** Audits a refused second factor; {@code userId} null when unknown. */
  public void failed(String userId, Failure failure) {
    trail.record(AuditRecord.failure("mfa.failed." + auditName(failure), userId));
  }

  private static String auditName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the user could give a second factor now (one enrolled, and the policy not OFF). */
  public boolean canGive(String userId) {
    return policies.current().mode() != MfaMode.OFF
        && (hasCodes(userId) || securityKeys.has(userId));
  }

  /** Whether the user has an authenticator app or unused recovery codes. */
  public boolean hasCodes(String userId) {
    return totp.isEnrolled(userId) || recoveryCodes.remaining(userId) > 0;
  }

  /**
   * Checks a code: a TOTP code (six digits) or a recovery code.
   *
   * @return the methods it proves ({@value #OTP} for a TOTP code, none for a recovery code), or
   *     empty when it is wrong
   */
  public Optional<List<String>> verify(String userId, String code) {
    String given = code == null ? "" : code.strip();
    if (given.matches("\\d{" + TotpFactors.DIGITS + "}")) {
      return totp.verify(userId, given) ? Optional.of(List.of(OTP)) : Optional.empty();
    }
    return recoveryCodes.redeem(userId, given) ? Optional.of(List.<String>of()) : Optional.empty();
  }
}
