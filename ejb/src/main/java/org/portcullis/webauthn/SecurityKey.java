package org.portcullis.webauthn;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A security key or passkey of a user: the public key credential the relying party keeps after a
 * registration ceremony (WebAuthn Level 2 §7.1 step 26). Its signature counter only moves forward:
 * a regression flags the credential (§6.1.1, a possible clone) and a flagged credential signs
 * nobody in.
 */
@Entity
@Table(name = "webauthn_credential")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class SecurityKey {

  /** The longest name a user may give a key. */
  public static final int MAX_NICKNAME = 64;

  /** What the attestation statement proved at registration. */
  public enum Attestation {
    /** None asked for or none given. */
    NONE,
    /** Self attestation: the credential's own key signed it. */
    SELF,
    /** A certificate chain that no trusted root anchors. */
    UNTRUSTED,
    /** A chain to a root of the FIDO Metadata Service. */
    TRUSTED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "credential_id", nullable = false, length = 1400)
  private String credentialId;

  @Column(name = "public_key_cose", nullable = false, length = 4000)
  private String publicKeyCose;

  @Column(name = "signature_count", nullable = false)
  private long signatureCount;

  @Column(name = "transports", nullable = false, length = 200)
  private String transports;

  @Column(name = "aaguid", nullable = false, length = 36)
  private String aaguid;

  @Column(name = "backup_eligible", nullable = false)
  private boolean backupEligible;

  @Column(name = "backup_state", nullable = false)
  private boolean backupState;

  @Column(name = "user_verified", nullable = false)
  private boolean userVerified;

  @Column(name = "discoverable")
  private Boolean discoverable;

  @Enumerated(EnumType.STRING)
  @Column(name = "attestation", nullable = false, length = 16)
  private Attestation attestation;

  @Column(name = "authenticator_name", length = 200)
  private String authenticatorName;

  @Column(name = "nickname", nullable = false, length = MAX_NICKNAME)
  private String nickname;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  @Column(name = "flagged_at")
  private OffsetDateTime flaggedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SecurityKey() {}

  SecurityKey(String userId, Registered registered, String nickname) {
    this.id = UUID.randomUUID().toString();
    this.userId = Objects.requireNonNull(userId);
    this.credentialId = registered.credentialId();
    this.publicKeyCose = registered.publicKeyCose();
    this.signatureCount = registered.signatureCount();
    this.transports = String.join(" ", registered.transports());
    this.aaguid = registered.aaguid();
    this.backupEligible = registered.backupEligible();
    this.backupState = registered.backupState();
    this.userVerified = registered.userVerified();
    this.discoverable = registered.discoverable().orElse(null);
    this.attestation = registered.attestation();
    this.authenticatorName = registered.authenticatorName().orElse(null);
    this.nickname = checkedNickname(nickname);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** What a registration ceremony established about a new credential. */
  record Registered(
      String credentialId,
      String publicKeyCose,
      long signatureCount,
      java.util.List<String> transports,
      String aaguid,
      boolean backupEligible,
      boolean backupState,
      boolean userVerified,
      Optional<Boolean> discoverable,
      Attestation attestation,
      Optional<String> authenticatorName) {}

  /**
   * Records a verified assertion (§7.2 steps 21-22): the new counter and backup state, and the
   * time. A counter that did not grow, when either counter is not zero, flags the credential.
   *
   * @return whether the counter was valid
   */
  boolean recordAssertion(long counter, boolean backedUp, Instant at) {
    boolean valid = (counter == 0 && signatureCount == 0) || counter > signatureCount;
    if (!valid) {
      flaggedAt = at.atOffset(ZoneOffset.UTC);
      return false;
    }
    signatureCount = counter;
    backupState = backedUp;
    lastUsedAt = at.atOffset(ZoneOffset.UTC);
    return true;
  }

  void rename(String nickname) {
    this.nickname = checkedNickname(nickname);
  }

  static String checkedNickname(String nickname) {
    String name = nickname == null ? "" : nickname.strip();
    if (name.isEmpty()) {
      throw new InvalidSecurityKeyNameException("Give the security key a name.");
    }
    if (name.length() > MAX_NICKNAME || name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidSecurityKeyNameException(
          "A security key's name has at most " + MAX_NICKNAME + " characters.");
    }
    return name;
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  /** The credential id, base64url. */
  public String credentialId() {
    return credentialId;
  }

  String publicKeyCose() {
    return publicKeyCose;
  }

  public long signatureCount() {
    return signatureCount;
  }

  public java.util.List<String> transports() {
    return transports.isEmpty() ? java.util.List.of() : java.util.List.of(transports.split(" "));
  }

  public String aaguid() {
    return aaguid;
  }

  /** Whether the key may be synced to other devices (a synced passkey). */
  public boolean backupEligible() {
    return backupEligible;
  }

  public boolean backupState() {
    return backupState;
  }

  public boolean userVerified() {
    return userVerified;
  }

  public Optional<Boolean> discoverable() {
    return Optional.ofNullable(discoverable);
  }

  public Attestation attestation() {
    return attestation;
  }

  /** The authenticator's name from the FIDO Metadata Service, when it knew the AAGUID. */
  public Optional<String> authenticatorName() {
    return Optional.ofNullable(authenticatorName);
  }

  public String nickname() {
    return nickname;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt).map(OffsetDateTime::toInstant);
  }

  /** When a counter regression flagged this credential, if it did. */
  public Optional<Instant> flaggedAt() {
    return Optional.ofNullable(flaggedAt).map(OffsetDateTime::toInstant);
  }

  @Override
  public String toString() {
    return "SecurityKey[" + id + "]";
  }
}
