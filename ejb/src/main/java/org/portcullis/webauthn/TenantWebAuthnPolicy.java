package org.portcullis.webauthn;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.tenant.TenantId;

/**
 * The WebAuthn policy a tenant set; its id is the tenant's id. Not cached (in force everywhere).
 */
@Entity
@Table(name = "webauthn_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class TenantWebAuthnPolicy {

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Column(name = "rp_id", length = 253)
  private String rpId;

  @Column(name = "origins", nullable = false, length = 2000)
  private String origins;

  @Enumerated(EnumType.STRING)
  @Column(name = "user_verification", nullable = false, length = 16)
  private WebAuthnPolicy.UserVerification userVerification;

  @Enumerated(EnumType.STRING)
  @Column(name = "attachment", nullable = false, length = 16)
  private WebAuthnPolicy.Attachment attachment;

  @Column(name = "allow_synced", nullable = false)
  private boolean allowSynced;

  @Enumerated(EnumType.STRING)
  @Column(name = "attestation", nullable = false, length = 16)
  private WebAuthnPolicy.AttestationMode attestation;

  @Column(name = "allowed_aaguids", nullable = false, length = 4000)
  private String allowedAaguids;

  @Column(name = "blocked_aaguids", nullable = false, length = 4000)
  private String blockedAaguids;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantWebAuthnPolicy() {}

  TenantWebAuthnPolicy(TenantId tenant, WebAuthnPolicy policy) {
    this.id = tenant.value();
    replace(policy);
  }

  void replace(WebAuthnPolicy policy) {
    String origins = String.join(" ", policy.origins());
    String allowed = joined(policy.allowedAaguids());
    String blocked = joined(policy.blockedAaguids());
    if (origins.length() > 2000 || allowed.length() > 4000 || blocked.length() > 4000) {
      throw new InvalidWebAuthnPolicyException("Too many origins or AAGUIDs");
    }
    this.rpId = policy.rpId().orElse(null);
    this.origins = origins;
    this.userVerification = policy.userVerification();
    this.attachment = policy.attachment();
    this.allowSynced = policy.allowSynced();
    this.attestation = policy.attestation();
    this.allowedAaguids = allowed;
    this.blockedAaguids = blocked;
    this.modifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  WebAuthnPolicy policy() {
    return new WebAuthnPolicy(
        Optional.ofNullable(rpId),
        list(origins),
        userVerification,
        attachment,
        allowSynced,
        attestation,
        split(allowedAaguids),
        split(blockedAaguids));
  }

  private static String joined(Set<String> values) {
    return values.stream().sorted().collect(Collectors.joining(" "));
  }

  private static Set<String> split(String joined) {
    return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(" ")));
  }

  static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
  }
}
