package org.portcullis.web.webauthn;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.portcullis.webauthn.InvalidWebAuthnPolicyException;
import org.portcullis.webauthn.WebAuthnPolicy;

/** A tenant's WebAuthn policy in JSON; a {@code PUT} replaces the whole policy. */
@Schema(name = "WebAuthnPolicy", description = "Which security keys and passkeys a tenant takes")
public record WebAuthnPolicyRepresentation(
    @Schema(description = "RP id; absent: the host of the platform's public base URL") String rpId,
    @Schema(description = "Allowed origins; empty: the public base URL's origin")
        List<String> origins,
    @Schema(description = "REQUIRED, PREFERRED or DISCOURAGED", example = "PREFERRED")
        String userVerification,
    @Schema(description = "ANY, PLATFORM or CROSS_PLATFORM", example = "ANY") String attachment,
    @Schema(description = "Whether synced (backup-eligible) passkeys may be registered")
        Boolean allowSynced,
    @Schema(description = "NONE or DIRECT (checked against the FIDO Metadata Service)")
        String attestation,
    @Schema(description = "With DIRECT: only these AAGUIDs (empty: any attested)")
        List<String> allowedAaguids,
    @Schema(description = "AAGUIDs that may never be registered") List<String> blockedAaguids) {

  static WebAuthnPolicyRepresentation of(WebAuthnPolicy policy) {
    return new WebAuthnPolicyRepresentation(
        policy.rpId().orElse(null),
        policy.origins(),
        policy.userVerification().name(),
        policy.attachment().name(),
        policy.allowSynced(),
        policy.attestation().name(),
        policy.allowedAaguids().stream().sorted().toList(),
        policy.blockedAaguids().stream().sorted().toList());
  }

  WebAuthnPolicy toPolicy() {
    return new WebAuthnPolicy(
        Optional.ofNullable(rpId).filter(s -> !s.isBlank()),
        origins,
        parse(WebAuthnPolicy.UserVerification.class, userVerification, "userVerification"),
        parse(WebAuthnPolicy.Attachment.class, attachment, "attachment"),
        allowSynced == null || allowSynced,
        parse(WebAuthnPolicy.AttestationMode.class, attestation, "attestation"),
        allowedAaguids == null ? Set.of() : Set.copyOf(allowedAaguids),
        blockedAaguids == null ? Set.of() : Set.copyOf(blockedAaguids));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidWebAuthnPolicyException(
          name + " is one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
