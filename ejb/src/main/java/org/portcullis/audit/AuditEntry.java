package org.portcullis.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.portcullis.tenant.TenantId;

/**
 * Everything one audit event states, as its hash covers it: tenant, sequence number, time (kept to
 * the microsecond, which PostgreSQL and H2 both store exactly), actor, client address, what
 * happened, and the previous event's hash.
 *
 * <p>The canonical encoding is the UTF-8 text {@value #VERSION} followed by one netstring per field
 * in that order: {@code <byte length>:<value>,}, or {@code ~,} for an absent field. Every field is
 * delimited by its own length, so no two different entries encode the same; the time is ISO-8601
 * UTC with exactly six fraction digits. The hash is the lower-case hex SHA-256 of that encoding.
 */
public record AuditEntry(
    TenantId tenant,
    long seq,
    Instant occurredAt,
    String actor,
    String clientAddress,
    AuditRecord record,
    String previousHash) {

  /** The previous hash of a tenant's first event. */
  public static final String GENESIS = "0".repeat(64);

  /** Longest actor and client address (the columns' lengths). */
  public static final int MAX_ACTOR = 255;

  public static final int MAX_CLIENT_ADDRESS = 64;

  static final String VERSION = "portcullis-audit-v1\n";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  public AuditEntry {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(record, "record");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    if (seq < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1");
    }
    if (actor == null || actor.isEmpty() || actor.length() > MAX_ACTOR) {
      throw new IllegalArgumentException("an actor is 1 to " + MAX_ACTOR + " characters");
    }
    if (clientAddress != null && clientAddress.length() > MAX_CLIENT_ADDRESS) {
      throw new IllegalArgumentException("a client address is at most 64 characters");
    }
    if (previousHash == null || !previousHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a previous hash is 64 lower-case hex digits");
    }
  }

  /** The canonical encoding that {@link #hash()} digests. */
  public byte[] canonicalEncoding() {
    StringBuilder out = new StringBuilder(VERSION);
    for (String field : fields()) {
      if (field == null) {
        out.append("~,");
      } else {
        out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
        out.append(',');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The lower-case hex SHA-256 of the canonical encoding. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalEncoding()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private String[] fields() {
    return new String[] {
      tenant.value(),
      Long.toString(seq),
      TIME.format(occurredAt),
      actor,
      record.action(),
      record.target(),
      record.outcome().name(),
      clientAddress,
      previousHash
    };
  }
}
