package org.portcullis.webauthn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AttestationType;
import com.yubico.webauthn.data.AuthenticatorAttachment;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.tenant.TenantIsolated;

/**
 * Security keys and passkeys of the tenant's users: registration (WebAuthn Level 2 §7.1) and
 * authentication (§7.2) ceremonies, verified by Yubico's library step by step, with the tenant's
 * {@link WebAuthnPolicy} on top; the user's keys listed, renamed and removed. Every enrollment,
 * removal, refusal and sign-in is audited.
 */
@Stateless
@TenantIsolated
public class SecurityKeys {

  public static final String REGISTERED = "webauthn.registered";
  public static final String REGISTRATION_REFUSED = "webauthn.registration.refused";
  public static final String REMOVED = "webauthn.removed";
  public static final String RENAMED = "webauthn.renamed";
  public static final String VERIFIED = "webauthn.verified";
  public static final String REFUSED = "webauthn.refused";
  public static final String COUNTER_REGRESSION = "webauthn.counter.regression";
  public static final String SYNCED_REFUSED = "webauthn.refused.synced";
  public static final String COMPROMISED_REFUSED = "webauthn.refused.compromised";
  public static final String REENROLLMENT_REQUIRED = "webauthn.reenrollment.required";

  /** RFC 8176: proof of possession of a hardware-secured key. */
  public static final String HARDWARE_KEY = "hwk";

  /** RFC 8176: proof of possession of a software-secured key (a synced passkey). */
  public static final String SOFTWARE_KEY = "swk";

  private static final Logger LOG = Logger.getLogger(SecurityKeys.class.getName());
  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private RelyingParties relyingParties;

  @Inject private CredentialStore store;

  @Inject private Ceremonies ceremonies;

  @Inject private WebAuthnPolicies policies;

  @Inject private AuthenticatorMetadata metadata;

  @Inject private AuditTrail trail;

  /**
   * A ceremony begun: its id, to come back with the browser's answer, and the options for {@code
   * navigator.credentials.create} or {@code get} as JSON ({@code {"publicKey": {...}}}).
   */
  public record Begun(String ceremonyId, String optionsJson) {}

  /**
   * The end of a registration: the new key, or why it was refused (fit for the user). A refusal is
   * a result, not an exception, so that its audit event and the spent challenge are committed.
   */
  public record Enrolled(Optional<SecurityKey> key, Optional<String> refusal) {

    static Enrolled of(SecurityKey key) {
      return new Enrolled(Optional.of(key), Optional.empty());
    }

    static Enrolled refused(String why) {
      return new Enrolled(Optional.empty(), Optional.of(why));
    }
  }

  /** An assertion that verified: whose key, and what it proves (RFC 8176 {@code amr}). */
  public record Verified(String userId, String method, boolean userVerified) {}

  /**
   * The end of a sign-in with a key: who signed in, or not. {@code refusal} says why (fit for the
   * user) when the key answered well but the tenant's policy refuses it now; it is empty when the
   * answer itself could not be verified.
   */
  public record Asserted(Optional<Verified> verified, Optional<String> refusal) {

    static Asserted of(Verified verified) {
      return new Asserted(Optional.of(verified), Optional.empty());
    }

    static Asserted unverified() {
      return new Asserted(Optional.empty(), Optional.empty());
    }

    static Asserted refused(String why) {
      return new Asserted(Optional.empty(), Optional.of(why));
    }
  }

  /**
   * Begins registering a key for a signed-in user.
   *
   * @param site the platform's public base URL, for the default RP id and origin
   */
  public Begun beginRegistration(String userId, String userName, String displayName, String site) {
    WebAuthnPolicy policy = policies.current();
    PublicKeyCredentialCreationOptions options =
        relyingParties
            .of(site, policy)
            .startRegistration(
                StartRegistrationOptions.builder()
                    .user(
                        UserIdentity.builder()
                            .name(userName)
                            .displayName(displayName == null ? userName : displayName)
                            .id(CredentialStore.handle(userId))
                            .build())
                    .authenticatorSelection(RelyingParties.selection(policy))
                    .timeout(Ceremony.LIFETIME.toMillis())
                    .build());
    try {
      Ceremony ceremony = ceremonies.begin(Ceremony.Purpose.REGISTRATION, userId, options.toJson());
      return new Begun(ceremony.id(), options.toCredentialsCreateJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Yubico's options are JSON", e);
    }
  }

  /**
   * Completes a registration: the browser's answer to the ceremony {@code ceremonyId} of this user,
   * checked by the library (origin, RP id, challenge, flags, attestation) and then by the tenant's
   * policy.
   */
  public Enrolled finishRegistration(
      String userId, String ceremonyId, String responseJson, String nickname, String site) {
    String name;
    try {
      name = SecurityKey.checkedNickname(nickname);
    } catch (InvalidSecurityKeyNameException invalid) {
      return Enrolled.refused(invalid.getMessage()); // nothing spent: the ceremony stays open
    }
    Optional<Ceremony> taken =
        ceremonies
            .take(ceremonyId, Ceremony.Purpose.REGISTRATION)
            .filter(c -> c.userId().filter(userId::equals).isPresent());
    if (taken.isEmpty()) {
      return refused(
          userId, "ceremony", "This registration has expired or was already used. Try again.");
    }
    Ceremony ceremony = taken.get();
    WebAuthnPolicy policy = policies.current();
    RegistrationResult result;
    Optional<AuthenticatorAttachment> attachment;
    try {
      var response = PublicKeyCredential.parseRegistrationResponseJson(responseJson);
      attachment = response.getAuthenticatorAttachment();
      result =
          relyingParties
              .of(site, policy)
              .finishRegistration(
                  FinishRegistrationOptions.builder()
                      .request(PublicKeyCredentialCreationOptions.fromJson(ceremony.optionsJson()))
                      .response(response)
                      .build());
    } catch (RegistrationFailedException | IOException | RuntimeException e) {
      LOG.log(Level.FINE, "A WebAuthn registration failed", e);
      return refused(userId, "verification", "The security key's answer could not be verified.");
    }
    // The options only hint at the attachment (§5.4.4); a browser that reports it is held to it.
    if (attachment.filter(a -> !RelyingParties.admits(policy.attachment(), a)).isPresent()) {
      return refused(
          userId,
          "attachment",
          policy.attachment() == WebAuthnPolicy.Attachment.PLATFORM
              ? "Only a passkey built into this device can be added here."
              : "Only a security key you plug in or tap (USB, NFC or Bluetooth) can be added here.");
    }
    String aaguid = aaguid(result);
    AuthenticatorMetadata.Authenticator known = metadata.describe(aaguid);
    if (policy.blocks(aaguid)) {
      return refused(userId, "aaguid", "This kind of security key is not allowed here.");
    }
    if (known.isCompromised()) {
      return refused(
          userId, "status", "This kind of security key is reported compromised. Use another.");
    }
    if (!policy.allowSynced() && result.isBackupEligible()) {
      return refused(userId, "synced", "Synced passkeys are not allowed here. Use a security key.");
    }
    if (policy.attestation() == WebAuthnPolicy.AttestationMode.DIRECT
        && !result.isAttestationTrusted()) {
      return refused(
          userId, "attestation", "This security key could not prove what it is. Use another.");
    }
    SecurityKey key =
        new SecurityKey(
            userId,
            new SecurityKey.Registered(
                result.getKeyId().getId().getBase64Url(),
                result.getPublicKeyCose().getBase64Url(),
                result.getSignatureCount(),
                result.getKeyId().getTransports().orElse(new java.util.TreeSet<>()).stream()
                    .map(AuthenticatorTransport::getId)
                    .sorted()
                    .toList(),
                aaguid,
                result.isBackupEligible(),
                result.isBackedUp(),
                result.isUserVerified(),
                result.isDiscoverable(),
                attestation(result),
                known.name()),
            name);
    if (store.byCredentialId(result.getKeyId().getId()).isPresent()) {
      return refused(userId, "duplicate", "This security key is registered already.");
    }
    em.persist(key);
    Optional.ofNullable(em.find(EnrollmentDue.class, userId)).ifPresent(em::remove);
    trail.record(AuditRecord.success(REGISTERED, key.id()));
    return Enrolled.of(key);
  }

  /** The user's keys, oldest first. */
  public List<SecurityKey> of(String userId) {
    return store.of(userId);
  }

  /** Whether the user has a key that may sign in (not flagged). */
  public boolean has(String userId) {
    return store.of(userId).stream().anyMatch(k -> k.flaggedAt().isEmpty());
  }

  /** Renames one of the user's keys. */
  public SecurityKey rename(String userId, String keyId, String nickname) {
    SecurityKey key = owned(userId, keyId);
    key.rename(nickname);
    trail.record(AuditRecord.success(RENAMED, key.id()));
    return key;
  }

  /** Removes one of the user's keys: it signs nobody in any more. */
  public void remove(String userId, String keyId) {
    SecurityKey key = owned(userId, keyId);
    em.remove(key);
    trail.record(AuditRecord.success(REMOVED, key.id()));
  }

  /**
   * The tenant's keys for its admins, newest first: all, or one user's.
   *
   * @param userId one user's keys only, or null for every user's
   */
  public Page<SecurityKey> inventory(String userId, PageRequest page) {
    String where = userId == null ? "" : " where k.userId = :user";
    var select =
        em.createQuery(
            "select k from SecurityKey k" + where + " order by k.createdAt desc, k.id",
            SecurityKey.class);
    if (userId != null) {
      select.setParameter("user", userId);
    }
    List<SecurityKey> items =
        select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    return new Page<>(items, count(userId), page.offset(), page.limit());
  }

  /** How many keys the tenant has: all, or one user's ({@code userId} not null). */
  public long count(String userId) {
    String where = userId == null ? "" : " where k.userId = :user";
    var count = em.createQuery("select count(k) from SecurityKey k" + where, Long.class);
    if (userId != null) {
      count.setParameter("user", userId);
    }
    return count.getSingleResult();
  }

  /**
   * An admin removes all of a user's keys and asks for a new one at the user's next sign-in (a lost
   * or suspect key): after the password, the user enrolls a key before anything else.
   */
  public void requireReenrollment(String userId) {
    store.of(userId).forEach(em::remove);
    if (em.find(EnrollmentDue.class, userId) == null) {
      em.persist(new EnrollmentDue(userId));
    }
    trail.record(AuditRecord.success(REENROLLMENT_REQUIRED, userId));
  }

  /** Whether an admin asked the user to enroll a new key. */
  public boolean isEnrollmentDue(String userId) {
    return em.find(EnrollmentDue.class, userId) != null;
  }

  /** An admin removes any user's key of the tenant. */
  public void removeByAdmin(String keyId) {
    SecurityKey key =
        Optional.ofNullable(keyId)
            .map(id -> em.find(SecurityKey.class, id))
            .orElseThrow(() -> new SecurityKeyNotFoundException("No such security key"));
    em.remove(key);
    trail.record(AuditRecord.success(REMOVED, key.id()));
  }

  /** Begins an assertion by a user who gave the password (allowCredentials: the user's keys). */
  public Begun beginSecondFactor(String userId, String userName, String site) {
    WebAuthnPolicy policy = policies.current();
    return beginAssertion(
        Ceremony.Purpose.SECOND_FACTOR,
        userId,
        site,
        policy,
        StartAssertionOptions.builder()
            .username(userName)
            .userVerification(RelyingParties.requirement(policy.userVerification())));
  }

  /** Begins a username-less assertion with a discoverable credential (passwordless). */
  public Begun beginPasswordless(String site) {
    return beginAssertion(
        Ceremony.Purpose.PASSWORDLESS,
        null,
        site,
        policies.current(),
        StartAssertionOptions.builder().userVerification(UserVerificationRequirement.REQUIRED));
  }

  /** Completes a second-factor assertion: it must be one of {@code userId}'s keys. */
  public Asserted finishSecondFactor(
      String userId, String ceremonyId, String responseJson, String site) {
    Asserted asserted =
        finishAssertion(Ceremony.Purpose.SECOND_FACTOR, ceremonyId, responseJson, site);
    if (asserted.verified().filter(v -> !v.userId().equals(userId)).isPresent()) {
      trail.record(AuditRecord.failure(REFUSED, userId));
      return Asserted.unverified();
    }
    return asserted;
  }

  /**
   * Completes a passwordless assertion: any user's discoverable credential, with user verification
   * (the key and the PIN or biometric are the two factors).
   */
  public Asserted finishPasswordless(String ceremonyId, String responseJson, String site) {
    Asserted asserted =
        finishAssertion(Ceremony.Purpose.PASSWORDLESS, ceremonyId, responseJson, site);
    return asserted.verified().filter(v -> !v.userVerified()).isPresent()
        ? Asserted.unverified()
        : asserted;
  }

  private Begun beginAssertion(
      Ceremony.Purpose purpose,
      String userId,
      String site,
      WebAuthnPolicy policy,
      StartAssertionOptions.StartAssertionOptionsBuilder options) {
    AssertionRequest request =
        relyingParties
            .of(site, policy)
            .startAssertion(options.timeout(Ceremony.LIFETIME.toMillis()).build());
    try {
      Ceremony ceremony = ceremonies.begin(purpose, userId, request.toJson());
      return new Begun(ceremony.id(), request.toCredentialsGetJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Yubico's options are JSON", e);
    }
  }

  private Asserted finishAssertion(
      Ceremony.Purpose purpose, String ceremonyId, String responseJson, String site) {
    Optional<Ceremony> ceremony = ceremonies.take(ceremonyId, purpose);
    if (ceremony.isEmpty()) {
      trail.record(AuditRecord.failure(REFUSED, "ceremony"));
      return Asserted.unverified();
    }
    WebAuthnPolicy policy = policies.current();
    AssertionResult result;
    try {
      result =
          relyingParties
              .of(site, policy)
              .finishAssertion(
                  FinishAssertionOptions.builder()
                      .request(AssertionRequest.fromJson(ceremony.get().optionsJson()))
                      .response(PublicKeyCredential.parseAssertionResponseJson(responseJson))
                      .build());
    } catch (AssertionFailedException | IOException | RuntimeException e) {
      LOG.log(Level.FINE, "A WebAuthn assertion failed", e);
      trail.record(AuditRecord.failure(REFUSED, ceremony.get().userId().orElse("passwordless")));
      return Asserted.unverified();
    }
    Optional<SecurityKey> found = store.byCredentialId(result.getCredentialId());
    if (!result.isSuccess() || found.isEmpty()) {
      trail.record(AuditRecord.failure(REFUSED, ceremony.get().userId().orElse("passwordless")));
      return Asserted.unverified();
    }
    SecurityKey key = found.get();
    if (key.flaggedAt().isPresent()) {
      trail.record(AuditRecord.failure(REFUSED, key.id()));
      return Asserted.unverified();
    }
    Optional<Asserted> refused = refusedByPolicy(key, policy);
    if (refused.isPresent()) {
      return refused.get();
    }
    // §7.2 step 21: a counter that did not grow may mean a cloned authenticator.
    if (!key.recordAssertion(result.getSignatureCount(), result.isBackedUp(), CLOCK.instant())) {
      trail.record(AuditRecord.failure(COUNTER_REGRESSION, key.id()));
      return Asserted.unverified();
    }
    trail.record(AuditRecord.success(VERIFIED, key.id()));
    return Asserted.of(
        new Verified(
            key.userId(),
            key.backupEligible() ? SOFTWARE_KEY : HARDWARE_KEY,
            result.isUserVerified()));
  }

  /**
   * What the tenant decides of a key that answered well, at each sign-in and not only when it was
   * added: the policy or the metadata may have changed since. The key stays (an admin or the user
   * removes it), and signs in again if they change back.
   */
  private Optional<Asserted> refusedByPolicy(SecurityKey key, WebAuthnPolicy policy) {
    if (!policy.allowSynced() && key.backupEligible()) {
      trail.record(AuditRecord.failure(SYNCED_REFUSED, key.id()));
      return Optional.of(
          Asserted.refused(
              "Synced passkeys are no longer allowed here. Sign in another way, then add a"
                  + " security key."));
    }
    // FIDO MDS3 §3.1.4: an authenticator reported revoked or compromised is not trusted.
    if (metadata.describe(key.aaguid()).isCompromised()) {
      trail.record(AuditRecord.failure(COMPROMISED_REFUSED, key.id()));
      return Optional.of(
          Asserted.refused(
              "This kind of security key is now reported compromised. Sign in another way, then"
                  + " add another key."));
    }
    return Optional.empty();
  }

  private SecurityKey owned(String userId, String keyId) {
    return Optional.ofNullable(keyId)
        .map(id -> em.find(SecurityKey.class, id))
        .filter(k -> k.userId().equals(userId))
        .orElseThrow(() -> new SecurityKeyNotFoundException("No such security key"));
  }

  private Enrolled refused(String userId, String reason, String message) {
    trail.record(AuditRecord.failure(REGISTRATION_REFUSED, userId + " " + reason));
    return Enrolled.refused(message);
  }

  private static String aaguid(RegistrationResult result) {
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(result.getAaguid().getBytes());
    return new UUID(bytes.getLong(), bytes.getLong()).toString();
  }

  private static SecurityKey.Attestation attestation(RegistrationResult result) {
    if (result.isAttestationTrusted()) {
      return SecurityKey.Attestation.TRUSTED;
    }
    AttestationType type = result.getAttestationType();
    if (type == AttestationType.NONE) {
      return SecurityKey.Attestation.NONE;
    }
    return type == AttestationType.SELF_ATTESTATION
        ? SecurityKey.Attestation.SELF
        : SecurityKey.Attestation.UNTRUSTED;
  }
}
