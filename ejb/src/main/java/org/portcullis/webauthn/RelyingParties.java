package org.portcullis.webauthn;

import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.data.AttestationConveyancePreference;
import com.yubico.webauthn.data.AuthenticatorAttachment;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserVerificationRequirement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.portcullis.tenant.TenantScope;

/**
 * The relying party of the tenant in scope, by its policy: RP id and origins from the policy or, by
 * default, the platform's public base URL (contract: the RP id is its host); attestation asked for,
 * and anchored in the FIDO Metadata Service, only when the policy says {@code DIRECT}. Signature
 * counters are checked by {@link SecurityKey#recordAssertion}, which flags a regression.
 */
@Dependent
class RelyingParties {

  @Inject private CredentialStore store;

  @Inject private AuthenticatorMetadata metadata;

  @Inject private TenantScope scope;

  RelyingParty of(String site, WebAuthnPolicy policy) {
    URI base = URI.create(site);
    String rpId = policy.rpId().orElse(base.getHost().toLowerCase(Locale.ROOT));
    Set<String> origins =
        policy.origins().isEmpty()
            ? Set.of(base.getScheme() + "://" + base.getRawAuthority().toLowerCase(Locale.ROOT))
            : Set.copyOf(policy.origins());
    boolean direct = policy.attestation() == WebAuthnPolicy.AttestationMode.DIRECT;
    RelyingParty.RelyingPartyBuilder builder =
        RelyingParty.builder()
            .identity(RelyingPartyIdentity.builder().id(rpId).name(scope.require().value()).build())
            .credentialRepository(store)
            .origins(origins)
            .attestationConveyancePreference(
                direct
                    ? AttestationConveyancePreference.DIRECT
                    : AttestationConveyancePreference.NONE)
            // Trust is judged by SecurityKeys (with a message for the user), not by an exception.
            .allowUntrustedAttestation(true)
            .validateSignatureCounter(false);
    if (direct) {
      metadata.service().ifPresent(builder::attestationTrustSource);
    }
    return builder.build();
  }

  static AuthenticatorSelectionCriteria selection(WebAuthnPolicy policy) {
    AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder criteria =
        AuthenticatorSelectionCriteria.builder()
            .residentKey(ResidentKeyRequirement.PREFERRED)
            .userVerification(requirement(policy.userVerification()));
    if (policy.attachment() == WebAuthnPolicy.Attachment.PLATFORM) {
      criteria.authenticatorAttachment(AuthenticatorAttachment.PLATFORM);
    } else if (policy.attachment() == WebAuthnPolicy.Attachment.CROSS_PLATFORM) {
      criteria.authenticatorAttachment(AuthenticatorAttachment.CROSS_PLATFORM);
    }
    return criteria.build();
  }

  /** Whether an authenticator reported as {@code attached} fits the policy's {@code wanted}. */
  static boolean admits(WebAuthnPolicy.Attachment wanted, AuthenticatorAttachment attached) {
    switch (wanted) {
      case PLATFORM:
        return attached == AuthenticatorAttachment.PLATFORM;
      case CROSS_PLATFORM:
        return attached == AuthenticatorAttachment.CROSS_PLATFORM;
      default:
        return true;
    }
  }

  static UserVerificationRequirement requirement(WebAuthnPolicy.UserVerification verification) {
    switch (verification) {
      case REQUIRED:
        return UserVerificationRequirement.REQUIRED;
      case DISCOURAGED:
        return UserVerificationRequirement.DISCOURAGED;
      default:
        return UserVerificationRequirement.PREFERRED;
    }
  }
}
