package org.portcullis.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.tenant.TenantId;

class AuditEntryTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final Instant AT = Instant.parse("2026-01-31T12:00:00.123456Z");
  private static final String PREVIOUS = "ab".repeat(32);

  private static AuditEntry entry() {
    return new AuditEntry(
        ACME,
        7,
        AT,
        "bootstrap-admin",
        "127.0.0.1",
        new AuditRecord("tenant.created", "globex", Outcome.SUCCESS),
        PREVIOUS);
  }

  @Test
  void hashIsLowerCaseHexSha256OfTheCanonicalEncoding() throws Exception {
    AuditEntry entry = entry();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(entry.canonicalEncoding());
    assertEquals(HexFormat.of().formatHex(digest), entry.hash());
    assertTrue(entry.hash().matches("[0-9a-f]{64}"));
  }

  @Test
  void canonicalEncodingIsVersionedLengthPrefixedAndUtcToTheMicrosecond() {
    String encoded = new String(entry().canonicalEncoding(), StandardCharsets.UTF_8);
    assertEquals(
        "portcullis-audit-v1\n4:acme,1:7,27:2026-01-31T12:00:00.123456Z,15:bootstrap-admin,"
            + "14:tenant.created,6:globex,7:SUCCESS,9:127.0.0.1,64:"
            + PREVIOUS
            + ",",
        encoded);
  }

  @Test
  void theSameInstantInAnotherOffsetOrWithNanosEncodesTheSame() {
    Instant elsewhere = OffsetDateTime.ofInstant(AT, ZoneOffset.ofHours(5)).toInstant();
    assertEquals(entry().hash(), with(elsewhere).hash());
    assertEquals(entry().hash(), with(AT.plusNanos(999)).hash(), "stored to the microsecond");
    assertFalse(entry().hash().equals(with(AT.plusNanos(1000)).hash()));
  }

  @Test
  void aChangeOfAnyFieldChangesTheHash() {
    AuditEntry base = entry();
    AuditRecord what = base.record();
    List<AuditEntry> variants =
        List.of(
            new AuditEntry(
                new TenantId("acme2"), 7, AT, "bootstrap-admin", "127.0.0.1", what, PREVIOUS),
            new AuditEntry(ACME, 8, AT, "bootstrap-admin", "127.0.0.1", what, PREVIOUS),
            with(AT.plusSeconds(1)),
            new AuditEntry(ACME, 7, AT, "bootstrap-admin2", "127.0.0.1", what, PREVIOUS),
            new AuditEntry(ACME, 7, AT, "bootstrap-admin", "127.0.0.2", what, PREVIOUS),
            new AuditEntry(ACME, 7, AT, "bootstrap-admin", null, what, PREVIOUS),
            withRecord(new AuditRecord("tenant.deleted", "globex", Outcome.SUCCESS)),
            withRecord(new AuditRecord("tenant.created", "globex2", Outcome.SUCCESS)),
            withRecord(new AuditRecord("tenant.created", null, Outcome.SUCCESS)),
            withRecord(new AuditRecord("tenant.created", "globex", Outcome.FAILURE)),
            new AuditEntry(ACME, 7, AT, "bootstrap-admin", "127.0.0.1", what, "cd".repeat(32)));
    Set<String> hashes = new HashSet<>();
    hashes.add(base.hash());
    for (AuditEntry variant : variants) {
      assertTrue(hashes.add(variant.hash()), "a changed field changes the hash: " + variant);
    }
  }

  @Test
  void differentEntriesNeverShareAnEncodingEvenWhenFieldsShiftTheirBoundaries() {
    Set<String> encodings = new HashSet<>();
    for (String[] actorAndTarget :
        new String[][] {
          {"ab", "c"},
          {"a", "bc"},
          {"a,", "c"},
          {"a", ",c"},
          {"a", ""},
          {"a", null},
          {"a", "~"},
          {"1:a", "b"},
          {"a", "1:b"}
        }) {
      AuditEntry entry =
          new AuditEntry(
              ACME,
              1,
              AT,
              actorAndTarget[0],
              null,
              new AuditRecord("x.y", actorAndTarget[1], Outcome.SUCCESS),
              AuditEntry.GENESIS);
      assertTrue(
          encodings.add(new String(entry.canonicalEncoding(), StandardCharsets.UTF_8)),
          String.join("|", String.valueOf(actorAndTarget[0]), String.valueOf(actorAndTarget[1])));
    }
  }

  @Test
  void lengthsCountUtf8Bytes() {
    AuditEntry entry =
        new AuditEntry(
            ACME, 1, AT, "jürgen", null, AuditRecord.success("x", null), AuditEntry.GENESIS);
    String encoded = new String(entry.canonicalEncoding(), StandardCharsets.UTF_8);
    assertTrue(encoded.contains(",7:jürgen,"), encoded);
    assertTrue(encoded.contains(",~,7:SUCCESS,~,"), "absent target and address: " + encoded);
  }

  @Test
  void malformedEntriesAreRefused() {
    AuditRecord what = AuditRecord.success("x", null);
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditEntry(ACME, 0, AT, "a", null, what, AuditEntry.GENESIS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditEntry(ACME, 1, AT, "", null, what, AuditEntry.GENESIS));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditEntry(ACME, 1, AT, "a", null, what, "AB".repeat(32)));
    assertThrows(IllegalArgumentException.class, () -> AuditRecord.success("Tenant Created", null));
    assertArrayEquals(entry().canonicalEncoding(), entry().canonicalEncoding());
  }

  private static AuditEntry with(Instant at) {
    AuditEntry base = entry();
    return new AuditEntry(ACME, 7, at, base.actor(), base.clientAddress(), base.record(), PREVIOUS);
  }

  private static AuditEntry withRecord(AuditRecord record) {
    return new AuditEntry(ACME, 7, AT, "bootstrap-admin", "127.0.0.1", record, PREVIOUS);
  }
}
