package org.portcullis.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.key.MasterKey;
import org.portcullis.tenant.TenantIsolated;

/**
 * TOTP authenticators of the tenant's users (RFC 6238 with the parameters every authenticator app
 * takes: HMAC-SHA1, 6 digits, 30-second steps; codes computed by java-otp over the JDK's HMAC). A
 * code is accepted one step either side of now (clock drift, RFC 6238 §5.2) and only once.
 * Enrollment is proved with a first code; every enrollment, removal and use is audited.
 */
@Stateless
@TenantIsolated
public class TotpFactors {

  public static final String ENROLLED = "mfa.totp.enrolled";
  public static final String REMOVED = "mfa.totp.removed";
  public static final String VERIFIED = "mfa.totp.verified";
  public static final String REFUSED = "mfa.totp.refused";

  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;
  private static final String ALGORITHM = "HmacSHA1";
  private static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private MasterKey masterKey;

  @Inject private AuditTrail trail;

  /** A new, unconfirmed authenticator: its secret for the user's app, shown this once. */
  public record Enrollment(String secret, String otpauthUri) {

    @Override
    public String toString() {
      return "Enrollment[***]";
    }
  }

  /**
   * Starts enrolling an authenticator, replacing one that was never confirmed.
   *
   * @param issuerLabel what the app shows as the account's issuer (the tenant)
   * @throws IllegalStateException when the user already has a confirmed one (remove it first)
   */
  public Enrollment begin(String userId, String issuerLabel, String accountName) {
    find(userId)
        .ifPresent(
            existing -> {
              if (existing.isConfirmed()) {
                throw new IllegalStateException("The user already has an authenticator");
              }
              em.remove(existing);
              em.flush();
            });
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    String id = UUID.randomUUID().toString();
    em.persist(new TotpCredential(id, userId, masterKey.seal(secret, id)));
    String encoded = Base32.encode(secret);
    String label = encode(issuerLabel) + ":" + encode(accountName);
    return new Enrollment(
        encoded,
        "otpauth://totp/"
            + label
            + "?secret="
            + encoded
            + "&issuer="
            + encode(issuerLabel)
            + "&algorithm=SHA1&digits="
            + DIGITS
            + "&period="
            + STEP.toSeconds());
  }

  /** Confirms the enrollment with a first code from the app. */
  public boolean confirm(String userId, String code) {
    Optional<TotpCredential> pending = find(userId).filter(c -> !c.isConfirmed());
    if (pending.isEmpty() || !accepts(pending.get(), code)) {
      return false;
    }
    trail.record(AuditRecord.success(ENROLLED, userId));
    return true;
  }

  /** Whether the user has a confirmed authenticator. */
  public boolean isEnrolled(String userId) {
    return find(userId).filter(TotpCredential::isConfirmed).isPresent();
  }

  /** A sign-in's second factor: a fresh code of the user's confirmed authenticator. */
  public boolean verify(String userId, String code) {
    Optional<TotpCredential> confirmed = find(userId).filter(TotpCredential::isConfirmed);
    boolean accepted = confirmed.isPresent() && accepts(confirmed.get(), code);
    trail.record(
        accepted ? AuditRecord.success(VERIFIED, userId) : AuditRecord.failure(REFUSED, userId));
    return accepted;
  }

  /** Removes the user's authenticator, if any. */
  public void remove(String userId) {
    find(userId)
        .ifPresent(
            credential -> {
              em.remove(credential);
              trail.record(AuditRecord.success(REMOVED, userId));
            });
  }

  private boolean accepts(TotpCredential credential, String code) {
    if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
      return false;
    }
    byte[] expected = code.strip().getBytes(StandardCharsets.US_ASCII);
    var key =
        new SecretKeySpec(masterKey.unseal(credential.secretSealed(), credential.id()), ALGORITHM);
    var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);
    Instant now = CLOCK.instant();
    for (int drift = -1; drift <= 1; drift++) {
      Instant at = now.plus(STEP.multipliedBy(drift));
      try {
        String candidate =
            String.format("%0" + DIGITS + "d", generator.generateOneTimePassword(key, at));
        if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
          return credential.accept(at.getEpochSecond() / STEP.toSeconds());
        }
      } catch (InvalidKeyException e) {
        throw new IllegalStateException("A TOTP secret is an HMAC key", e);
      }
    }
    return false;
  }

  private Optional<TotpCredential> find(String userId) {
    return em.createQuery(
            "select t from TotpCredential t where t.userId = :user", TotpCredential.class)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
