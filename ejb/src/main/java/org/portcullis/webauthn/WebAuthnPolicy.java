package org.portcullis.webauthn;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.portcullis.client.RedirectUri;

/**
 * A tenant's WebAuthn policy.
 *
 * @param rpId the relying party id; empty means the host of the platform's public base URL
 * @param origins the origins allowed in client data; empty means the public base URL's origin
 * @param userVerification what registrations and second-factor assertions ask of the authenticator
 *     (passwordless sign-in always requires it)
 * @param attachment which authenticators may be registered: a hint in the creation options, and a
 *     rule for the attachment the browser reports
 * @param allowSynced whether backup-eligible credentials (synced passkeys) may be registered and
 *     sign in
 * @param attestation {@link AttestationMode#DIRECT} asks for attestation and requires a chain to a
 *     root of the FIDO Metadata Service the platform admin uploaded
 * @param allowedAaguids with {@link AttestationMode#DIRECT}: when not empty, only these
 *     authenticators (as attested) may be registered
 * @param blockedAaguids authenticators that may never be registered
 */
public record WebAuthnPolicy(
    Optional<String> rpId,
    List<String> origins,
    UserVerification userVerification,
    Attachment attachment,
    boolean allowSynced,
    AttestationMode attestation,
    Set<String> allowedAaguids,
    Set<String> blockedAaguids) {

  /** WebAuthn's user verification requirement. */
  public enum UserVerification {
    REQUIRED,
    PREFERRED,
    DISCOURAGED
  }

  /** Which authenticators: any, built into the device, or roaming (a USB or NFC key). */
  public enum Attachment {
    ANY,
    PLATFORM,
    CROSS_PLATFORM
  }

  /** Whether registrations must prove what authenticator they come from. */
  public enum AttestationMode {
    NONE,
    DIRECT
  }

  /** A tenant that set none: any authenticator, synced passkeys allowed, no attestation. */
  public static final WebAuthnPolicy DEFAULT =
      new WebAuthnPolicy(
          Optional.empty(),
          List.of(),
          UserVerification.PREFERRED,
          Attachment.ANY,
          true,
          AttestationMode.NONE,
          Set.of(),
          Set.of());

  private static final Pattern AAGUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final Pattern DNS_NAME =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

  public WebAuthnPolicy {
    rpId = rpId == null ? Optional.empty() : rpId.map(s -> s.strip().toLowerCase(Locale.ROOT));
    rpId.ifPresent(
        id -> {
          if (!DNS_NAME.matcher(id).matches() || id.matches("[0-9.]+")) {
            throw new InvalidWebAuthnPolicyException(
                "rpId is a DNS name such as login.example.com (browsers refuse IP addresses)");
          }
        });
    origins = origins == null ? List.of() : origins.stream().map(WebAuthnPolicy::origin).toList();
    if (userVerification == null || attachment == null || attestation == null) {
      throw new InvalidWebAuthnPolicyException(
          "userVerification, attachment and attestation are required");
    }
    allowedAaguids = aaguids(allowedAaguids);
    blockedAaguids = aaguids(blockedAaguids);
    if (!allowedAaguids.isEmpty() && attestation != AttestationMode.DIRECT) {
      throw new InvalidWebAuthnPolicyException(
          "allowedAaguids need attestation DIRECT: without it an AAGUID is only claimed");
    }
  }

  /** Whether a registration from this authenticator is refused by the lists. */
  boolean blocks(String aaguid) {
    return blockedAaguids.contains(aaguid)
        || (!allowedAaguids.isEmpty() && !allowedAaguids.contains(aaguid));
  }

  private static Set<String> aaguids(Set<String> given) {
    if (given == null) {
      return Set.of();
    }
    for (String aaguid : given) {
      if (aaguid == null || !AAGUID.matcher(aaguid).matches()) {
        throw new InvalidWebAuthnPolicyException(
            "An AAGUID is a UUID in lower case, such as cb69481e-8ff7-4039-93ec-0a2729a154a8");
      }
    }
    return Set.copyOf(given);
  }

  /** WebAuthn §5.1.3 step 9 compares the origin exactly: scheme, host and port, nothing else. */
  private static String origin(String value) {
    URI uri;
    try {
      uri = URI.create(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidWebAuthnPolicyException(
          "An origin is a URL such as https://login.example.com");
    }
    boolean secure =
        "https".equals(uri.getScheme())
            || ("http".equals(uri.getScheme())
                && uri.getHost() != null
                && RedirectUri.isLoopbackHost(uri.getHost()));
    boolean bare =
        uri.getHost() != null
            && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
    if (!secure || !bare) {
      throw new InvalidWebAuthnPolicyException(
          "An origin is https://host[:port] (http only on a loopback host), without a path");
    }
    return uri.getScheme() + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
  }
}
