package org.portcullis.web.mfa;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.portcullis.mfa.InvalidMfaPolicyException;
import org.portcullis.mfa.MfaMode;
import org.portcullis.mfa.MfaPolicy;

/** A tenant's MFA policy in JSON; a {@code PUT} replaces the whole policy. */
@Schema(name = "MfaPolicy", description = "When a tenant's users give a second factor")
public record MfaPolicyRepresentation(
    @Schema(
            description = "OFF, OPTIONAL (users who enrolled one) or REQUIRED",
            example = "OPTIONAL")
        String mode,
    @Schema(description = "With REQUIRED: only users with one of these roles; empty for everyone")
        List<String> requiredRoles) {

  static MfaPolicyRepresentation of(MfaPolicy policy) {
    return new MfaPolicyRepresentation(
        policy.mode().name(), policy.requiredRoles().stream().sorted().toList());
  }

  MfaPolicy toPolicy() {
    MfaMode parsed;
    try {
      parsed = MfaMode.valueOf(mode == null ? "" : mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidMfaPolicyException("mode is OFF, OPTIONAL or REQUIRED");
    }
    return new MfaPolicy(parsed, requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles));
  }
}
