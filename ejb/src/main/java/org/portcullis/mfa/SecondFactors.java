package org.portcullis.mfa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.webauthn.SecurityKeys;

/**
 * What a sign-in asks after the password, by the tenant's policy and the factors the user has: a
 * security key, a TOTP code or a recovery code. The answer names the methods proved (RFC 8176
 * {@code amr}).
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
   * @return the methods it proves, or empty when it is wrong
   */
  public Optional<List<String>> verify(String userId, String code) {
    String given = code == null ? "" : code.strip();
    if (given.matches("\\d{" + TotpFactors.DIGITS + "}")) {
      return totp.verify(userId, given) ? Optional.of(List.of(OTP)) : Optional.empty();
    }
    return recoveryCodes.redeem(userId, given) ? Optional.of(List.<String>of()) : Optional.empty();
  }
}
