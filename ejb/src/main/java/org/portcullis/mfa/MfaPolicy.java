package org.portcullis.mfa;

import java.util.Set;

/**
 * A tenant's second-factor policy.
 *
 * @param requiredRoles with {@link MfaMode#REQUIRED}: the roles whose users must give a second
 *     factor; empty means everyone
 */
public record MfaPolicy(MfaMode mode, Set<String> requiredRoles) {

  /** A tenant that set none: users who enrolled a factor give it. */
  public static final MfaPolicy DEFAULT = new MfaPolicy(MfaMode.OPTIONAL, Set.of());

  public MfaPolicy {
    if (mode == null) {
      throw new InvalidMfaPolicyException("mode is OFF, OPTIONAL or REQUIRED");
    }
    requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
    if (mode != MfaMode.REQUIRED && !requiredRoles.isEmpty()) {
      throw new InvalidMfaPolicyException("requiredRoles only go with REQUIRED");
    }
  }

  /** Whether a user with these roles must give a second factor. */
  public boolean requires(Set<String> roles) {
    return mode == MfaMode.REQUIRED
        && (requiredRoles.isEmpty() || roles.stream().anyMatch(requiredRoles::contains));
  }
}
