package org.portcullis.webauthn;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The FIDO Metadata Service BLOB a platform admin uploaded, with the CRLs of its certificate chain
 * (platform data: the same for every tenant). Stored as uploaded, verified again whenever a node
 * loads it.
 */
@Entity
@Table(name = "webauthn_metadata")
@Cacheable(false)
public class MetadataBlob {

  static final String CURRENT = "current";

  @Id
  @Column(name = "id", length = 16)
  private String id;

  @Column(name = "blob_jwt", nullable = false)
  private String blobJwt;

  @Column(name = "crls", nullable = false)
  private String crls;

  @Column(name = "serial", nullable = false)
  private int serial;

  @Column(name = "next_update", nullable = false)
  private LocalDate nextUpdate;

  @Column(name = "entries", nullable = false)
  private int entries;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MetadataBlob() {}

  MetadataBlob(String blobJwt, List<String> crls, int serial, LocalDate nextUpdate, int entries) {
    this.id = CURRENT;
    replace(blobJwt, crls, serial, nextUpdate, entries);
  }

  void replace(String blobJwt, List<String> crls, int serial, LocalDate nextUpdate, int entries) {
    this.blobJwt = blobJwt;
    this.crls = String.join("\n", crls);
    this.serial = serial;
    this.nextUpdate = nextUpdate;
    this.entries = entries;
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  String blobJwt() {
    return blobJwt;
  }

  /** The CRLs of the BLOB's chain, base64 DER. */
  List<String> crls() {
    return crls.isEmpty() ? List.of() : List.of(crls.split("\n"));
  }

  int serial() {
    return serial;
  }

  LocalDate nextUpdate() {
    return nextUpdate;
  }

  int entries() {
    return entries;
  }

  OffsetDateTime uploadedAt() {
    return uploadedAt;
  }

  long version() {
    return version;
  }
}
