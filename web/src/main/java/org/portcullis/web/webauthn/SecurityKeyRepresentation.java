package org.portcullis.web.webauthn;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.portcullis.webauthn.AuthenticatorMetadata;
import org.portcullis.webauthn.SecurityKey;

/** A security key or passkey in the admin inventory. */
@Schema(name = "SecurityKey", description = "A user's registered WebAuthn credential")
public record SecurityKeyRepresentation(
    String id,
    String userId,
    String nickname,
    String aaguid,
    @Schema(description = "The authenticator's name from the FIDO Metadata Service, if known")
        String authenticator,
    @Schema(description = "Its latest status in the FIDO Metadata Service, if known")
        String authenticatorStatus,
    @Schema(description = "NONE, SELF, UNTRUSTED or TRUSTED") String attestation,
    boolean backupEligible,
    boolean backupState,
    boolean userVerified,
    List<String> transports,
    Instant created,
    Instant lastUsed,
    @Schema(description = "When a signature counter regression blocked it") Instant flagged) {

  static SecurityKeyRepresentation of(SecurityKey key, AuthenticatorMetadata.Authenticator known) {
    return new SecurityKeyRepresentation(
        key.id(),
        key.userId(),
        key.nickname(),
        key.aaguid(),
        known.name().or(key::authenticatorName).orElse(null),
        known.status().map(Enum::name).orElse(null),
        key.attestation().name(),
        key.backupEligible(),
        key.backupState(),
        key.userVerified(),
        key.transports(),
        key.createdAt(),
        key.lastUsedAt().orElse(null),
        key.flaggedAt().orElse(null));
  }
}
