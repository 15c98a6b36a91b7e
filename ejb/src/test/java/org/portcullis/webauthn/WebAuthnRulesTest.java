package org.portcullis.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebAuthnRulesTest {

  private static final String YUBIKEY = "cb69481e-8ff7-4039-93ec-0a2729a154a8";
  private static final String OTHER = "ee882879-721c-4913-9775-3dfcce97072a";

  @Test
  void aChallengeExpiresAfterFiveMinutes() {
    Instant now = Instant.parse("2026-12-06T00:00:00Z");
    Ceremony ceremony = new Ceremony(Ceremony.Purpose.PASSWORDLESS, null, "{}", now);
    assertTrue(ceremony.isOpenAt(now.plus(Ceremony.LIFETIME).minusSeconds(1)));
    assertFalse(ceremony.isOpenAt(now.plus(Ceremony.LIFETIME)));
    assertEquals(43, ceremony.id().length(), "256 random bits, base64url");
  }

  @Test
  void aSignatureCounterThatDoesNotGrowFlagsTheKey() {
    SecurityKey key = key(5);
    Instant at = Instant.parse("2026-12-06T00:00:00Z");
    assertTrue(key.recordAssertion(6, false, at));
    assertEquals(6, key.signatureCount());
    assertFalse(key.recordAssertion(6, false, at.plusSeconds(1)), "§6.1.1: must grow");
    assertEquals(Optional.of(at.plusSeconds(1)), key.flaggedAt());
    assertEquals(6, key.signatureCount(), "the regressed counter is not stored");
  }

  @Test
  void authenticatorsWithoutACounterKeepZero() {
    SecurityKey key = key(0);
    assertTrue(key.recordAssertion(0, true, Instant.now()));
    assertTrue(key.backupState());
    assertTrue(key.flaggedAt().isEmpty());
  }

  @Test
  void keyNamesAreShortAndPrintable() {
    assertThrows(InvalidSecurityKeyNameException.class, () -> SecurityKey.checkedNickname(" "));
    assertThrows(
        InvalidSecurityKeyNameException.class, () -> SecurityKey.checkedNickname("a".repeat(65)));
    assertThrows(
        InvalidSecurityKeyNameException.class, () -> SecurityKey.checkedNickname("bad\nname"));
    assertEquals("Desk key", SecurityKey.checkedNickname("  Desk key "));
  }

  @Test
  void blockedAndAllowedAaguids() {
    WebAuthnPolicy blocking = policy(WebAuthnPolicy.AttestationMode.NONE, Set.of(), Set.of(OTHER));
    assertTrue(blocking.blocks(OTHER));
    assertFalse(blocking.blocks(YUBIKEY));
    WebAuthnPolicy allowing =
        policy(WebAuthnPolicy.AttestationMode.DIRECT, Set.of(YUBIKEY), Set.of());
    assertFalse(allowing.blocks(YUBIKEY));
    assertTrue(allowing.blocks(OTHER));
  }

  @Test
  void aReportedAttachmentMustFitThePolicy() {
    var platform = com.yubico.webauthn.data.AuthenticatorAttachment.PLATFORM;
    var roaming = com.yubico.webauthn.data.AuthenticatorAttachment.CROSS_PLATFORM;
    assertTrue(RelyingParties.admits(WebAuthnPolicy.Attachment.ANY, roaming));
    assertTrue(RelyingParties.admits(WebAuthnPolicy.Attachment.PLATFORM, platform));
    assertFalse(RelyingParties.admits(WebAuthnPolicy.Attachment.PLATFORM, roaming));
    assertFalse(RelyingParties.admits(WebAuthnPolicy.Attachment.CROSS_PLATFORM, platform));
  }

  @Test
  void anAllowListNeedsAttestationAndAaguidsAreUuids() {
    assertThrows(
        InvalidWebAuthnPolicyException.class,
        () -> policy(WebAuthnPolicy.AttestationMode.NONE, Set.of(YUBIKEY), Set.of()));
    assertThrows(
        InvalidWebAuthnPolicyException.class,
        () -> policy(WebAuthnPolicy.AttestationMode.NONE, Set.of(), Set.of("YubiKey 5")));
  }

  @Test
  void rpIdsAreDnsNamesAndOriginsBareSecureUrls() {
    assertThrows(InvalidWebAuthnPolicyException.class, () -> withRp("127.0.0.1"));
    assertThrows(InvalidWebAuthnPolicyException.class, () -> withOrigin("http://example.com"));
    assertThrows(
        InvalidWebAuthnPolicyException.class, () -> withOrigin("https://example.com/login"));
    assertEquals(
        List.of("https://login.example.com"), withOrigin("https://Login.Example.com").origins());
    assertEquals(List.of("http://localhost:8080"), withOrigin("http://localhost:8080").origins());
    assertEquals(Optional.of("example.com"), withRp("Example.com").rpId());
  }

  private static WebAuthnPolicy withRp(String rpId) {
    return new WebAuthnPolicy(
        Optional.of(rpId),
        List.of(),
        WebAuthnPolicy.UserVerification.PREFERRED,
        WebAuthnPolicy.Attachment.ANY,
        true,
        WebAuthnPolicy.AttestationMode.NONE,
        Set.of(),
        Set.of());
  }

  private static WebAuthnPolicy withOrigin(String origin) {
    return new WebAuthnPolicy(
        Optional.empty(),
        List.of(origin),
        WebAuthnPolicy.UserVerification.PREFERRED,
        WebAuthnPolicy.Attachment.ANY,
        true,
        WebAuthnPolicy.AttestationMode.NONE,
        Set.of(),
        Set.of());
  }

  private static WebAuthnPolicy policy(
      WebAuthnPolicy.AttestationMode attestation, Set<String> allowed, Set<String> blocked) {
    return new WebAuthnPolicy(
        Optional.empty(),
        List.of(),
        WebAuthnPolicy.UserVerification.PREFERRED,
        WebAuthnPolicy.Attachment.ANY,
        true,
        attestation,
        allowed,
        blocked);
  }

  private static SecurityKey key(long counter) {
    return new SecurityKey(
        "7d3a4c2e-0000-4000-8000-000000000001",
        new SecurityKey.Registered(
            "Y3JlZA",
            "cGs",
            counter,
            List.of("usb"),
            YUBIKEY,
            false,
            false,
            true,
            Optional.of(true),
            SecurityKey.Attestation.NONE,
            Optional.empty()),
        "Key");
  }
}
