package org.portcullis.mfa;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.SecretHash;
import org.portcullis.tenant.TenantIsolated;

/**
 * Recovery codes: {@value #COUNT} random codes of 60 bits each ({@code XXXX-XXXX-XXXX}, base32),
 * shown once when generated, stored as SHA-256 hashes (random values need no slow hash), each good
 * for one sign-in. Generating new codes voids the old ones.
 */
@Stateless
@TenantIsolated
public class RecoveryCodes {

  public static final String GENERATED = "mfa.recovery.generated";
  public static final String USED = "mfa.recovery.used";
  public static final String REFUSED = "mfa.recovery.refused";
  public static final String REVOKED = "mfa.recovery.revoked";

  static final int COUNT = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject private AuditTrail trail;

  /** New codes for the user, shown this once; the previous ones stop working. */
  public List<String> generate(String userId) {
    em.createQuery("delete from RecoveryCode r where r.userId = :user")
        .setParameter("user", userId)
        .executeUpdate();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      byte[] random = new byte[8];
      RANDOM.nextBytes(random);
      String raw = Base32.encode(random).substring(0, 12);
      String code = raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
      em.persist(new RecoveryCode(idOf(userId, raw), userId));
      codes.add(code);
    }
    trail.record(AuditRecord.success(GENERATED, userId));
    return codes;
  }

  /** Uses one of the user's codes; false when it is not one, or was used. */
  public boolean redeem(String userId, String code) {
    String normalised = normalise(code);
    RecoveryCode found =
        normalised.length() == 12 ? em.find(RecoveryCode.class, idOf(userId, normalised)) : null;
    boolean used = found != null && found.userId().equals(userId) && found.use();
    trail.record(used ? AuditRecord.success(USED, userId) : AuditRecord.failure(REFUSED, userId));
    return used;
  }

  /**
   * Voids every code of the user (an administrator's removal); audited when there were any.
   *
   * @return how many codes were removed
   */
  public int revokeAll(String userId) {
    int removed =
        em.createQuery("delete from RecoveryCode r where r.userId = :user")
            .setParameter("user", userId)
            .executeUpdate();
    if (removed > 0) {
      trail.record(AuditRecord.success(REVOKED, userId));
    }
    return removed;
  }

  /** How many unused codes the user has. */
  public long remaining(String userId) {
    return em.createQuery(
            "select count(r) from RecoveryCode r where r.userId = :user and r.usedAt is null",
            Long.class)
        .setParameter("user", userId)
        .getSingleResult();
  }

  private static String normalise(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static String idOf(String userId, String normalisedCode) {
    return SecretHash.of(userId + "\n" + normalisedCode).value();
  }
}
