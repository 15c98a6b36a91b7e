package org.portcullis.console.webauthn;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.platform.PortcullisException;
import org.portcullis.webauthn.WebAuthnPolicies;
import org.portcullis.webauthn.WebAuthnPolicy;

/** The WebAuthn policy panel of the tenant settings page. */
@Named
@ViewScoped
public class WebAuthnPolicyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private WebAuthnPolicies policies;

  private String rpId;
  private String origins;
  private WebAuthnPolicy.UserVerification userVerification;
  private WebAuthnPolicy.Attachment attachment;
  private boolean allowSynced;
  private WebAuthnPolicy.AttestationMode attestation;
  private String allowedAaguids;
  private String blockedAaguids;

  @PostConstruct
  void read() {
    workspace.enter();
    WebAuthnPolicy policy = policies.current();
    rpId = policy.rpId().orElse("");
    origins = String.join(" ", policy.origins());
    userVerification = policy.userVerification();
    attachment = policy.attachment();
    allowSynced = policy.allowSynced();
    attestation = policy.attestation();
    allowedAaguids = String.join(" ", policy.allowedAaguids().stream().sorted().toList());
    blockedAaguids = String.join(" ", policy.blockedAaguids().stream().sorted().toList());
  }

  public void save() {
    workspace.enter();
    try {
      policies.change(
          new WebAuthnPolicy(
              Optional.ofNullable(rpId).filter(s -> !s.isBlank()),
              split(origins).stream().sorted().toList(),
              userVerification,
              attachment,
              allowSynced,
              attestation,
              split(allowedAaguids),
              split(blockedAaguids)));
      Messages.info("settings.webauthnSaved");
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
    read();
  }

  private static Set<String> split(String list) {
    return list == null
        ? Set.of()
        : Arrays.stream(list.split("[,\\s]+"))
            .filter(s -> !s.isBlank())
            .map(String::strip)
            .collect(Collectors.toSet());
  }

  public List<WebAuthnPolicy.UserVerification> getUserVerifications() {
    return List.of(WebAuthnPolicy.UserVerification.values());
  }

  public List<WebAuthnPolicy.Attachment> getAttachments() {
    return List.of(WebAuthnPolicy.Attachment.values());
  }

  public List<WebAuthnPolicy.AttestationMode> getAttestations() {
    return List.of(WebAuthnPolicy.AttestationMode.values());
  }

  public String getRpId() {
    return rpId;
  }

  public void setRpId(String rpId) {
    this.rpId = rpId;
  }

  public String getOrigins() {
    return origins;
  }

  public void setOrigins(String origins) {
    this.origins = origins;
  }

  public WebAuthnPolicy.UserVerification getUserVerification() {
    return userVerification;
  }

  public void setUserVerification(WebAuthnPolicy.UserVerification userVerification) {
    this.userVerification = userVerification;
  }

  public WebAuthnPolicy.Attachment getAttachment() {
    return attachment;
  }

  public void setAttachment(WebAuthnPolicy.Attachment attachment) {
    this.attachment = attachment;
  }

  public boolean isAllowSynced() {
    return allowSynced;
  }

  public void setAllowSynced(boolean allowSynced) {
    this.allowSynced = allowSynced;
  }

  public WebAuthnPolicy.AttestationMode getAttestation() {
    return attestation;
  }

  public void setAttestation(WebAuthnPolicy.AttestationMode attestation) {
    this.attestation = attestation;
  }

  public String getAllowedAaguids() {
    return allowedAaguids;
  }

  public void setAllowedAaguids(String allowedAaguids) {
    this.allowedAaguids = allowedAaguids;
  }

  public String getBlockedAaguids() {
    return blockedAaguids;
  }

  public void setBlockedAaguids(String blockedAaguids) {
    this.blockedAaguids = blockedAaguids;
  }
}
