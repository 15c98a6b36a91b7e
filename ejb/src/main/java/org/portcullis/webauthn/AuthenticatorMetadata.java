package org.portcullis.webauthn;

import com.yubico.fido.metadata.AAGUID;
import com.yubico.fido.metadata.AuthenticatorStatus;
import com.yubico.fido.metadata.FidoMetadataDownloader;
import com.yubico.fido.metadata.FidoMetadataService;
import com.yubico.fido.metadata.MetadataBLOB;
import com.yubico.fido.metadata.MetadataBLOBPayloadEntry;
import com.yubico.fido.metadata.MetadataStatement;
import com.yubico.fido.metadata.StatusReport;
import com.yubico.webauthn.data.ByteArray;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRL;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.tenant.TenantIsolated;

/**
 * The FIDO Metadata Service BLOB (MDS3) that a platform admin uploads: verified with Yubico's
 * {@link FidoMetadataDownloader} against the FIDO root (the bundled GlobalSign Root CA - R3, or the
 * certificate {@code portcullis.webauthn.mds.trust-root} names) and its legal header, then used for
 * authenticators' names, their certification status, and as the trust source of direct attestation.
 * Each node keeps the parsed BLOB of the stored row's version.
 */
@Stateless
@TenantIsolated
public class AuthenticatorMetadata {

  public static final String UPLOADED = "webauthn.metadata.uploaded";

  /** The legal header every FIDO MDS3 BLOB carries. */
  static final String LEGAL_HEADER =
      "Retrieval and use of this BLOB indicates acceptance of the appropriate agreement located at"
          + " https://fidoalliance.org/metadata/metadata-legal-terms/";

  /** Statuses that mean an authenticator must not be trusted (FIDO MDS3 §3.1.4). */
  static final Set<AuthenticatorStatus> COMPROMISED =
      Set.of(
          AuthenticatorStatus.REVOKED,
          AuthenticatorStatus.USER_VERIFICATION_BYPASS,
          AuthenticatorStatus.ATTESTATION_KEY_COMPROMISE,
          AuthenticatorStatus.USER_KEY_REMOTE_COMPROMISE,
          AuthenticatorStatus.USER_KEY_PHYSICAL_COMPROMISE);

  private static final Logger LOG = Logger.getLogger(AuthenticatorMetadata.class.getName());

  /** The BLOB of one stored version, parsed once per node. */
  private record Loaded(long version, FidoMetadataService service) {}

  private static volatile Loaded loaded;

  @PersistenceContext private EntityManager em;

  @Inject private AuditTrail trail;

  @Inject
  @ConfigProperty(name = "portcullis.webauthn.mds.trust-root")
  private Optional<String> trustRootFile;

  /** What an admin sees of the stored BLOB. */
  public record Summary(
      int serial, LocalDate nextUpdate, int entries, java.time.Instant uploaded) {}

  /**
   * Verifies and stores a BLOB, replacing the previous one.
   *
   * @param crls the CRLs of the BLOB's certificate chain (base64 DER or PEM), which path validation
   *     needs to know that no certificate of the chain was revoked; FIDO publishes them beside the
   *     BLOB (they are fetched from the certificates' distribution points instead when none are
   *     given and the JVM runs with {@code com.sun.security.enableCRLDP=true})
   * @throws InvalidAuthenticatorMetadataException when it does not verify or cannot be read
   */
  public Summary upload(String blobJwt, List<String> crls) {
    List<String> normalized =
        crls == null ? List.of() : crls.stream().map(AuthenticatorMetadata::base64Der).toList();
    MetadataBLOB blob = verify(blobJwt == null ? "" : blobJwt.strip(), trustRoot(), normalized);
    MetadataBlob stored = em.find(MetadataBlob.class, MetadataBlob.CURRENT);
    int serial = blob.getPayload().getNo();
    if (stored != null && serial < stored.serial()) {
      throw new InvalidAuthenticatorMetadataException(
          "This BLOB (no "
              + serial
              + ") is older than the one in use (no "
              + stored.serial()
              + ")");
    }
    LocalDate next = blob.getPayload().getNextUpdate();
    int entries = blob.getPayload().getEntries().size();
    if (stored == null) {
      stored = new MetadataBlob(blobJwt.strip(), normalized, serial, next, entries);
      em.persist(stored);
    } else {
      stored.replace(blobJwt.strip(), normalized, serial, next, entries);
    }
    trail.record(AuditRecord.success(UPLOADED, "mds-" + serial));
    return new Summary(serial, next, entries, stored.uploadedAt().toInstant());
  }

  /** The stored BLOB's summary, if one was uploaded. */
  public Optional<Summary> summary() {
    return Optional.ofNullable(em.find(MetadataBlob.class, MetadataBlob.CURRENT))
        .map(b -> new Summary(b.serial(), b.nextUpdate(), b.entries(), b.uploadedAt().toInstant()));
  }

  /** The metadata service of the stored BLOB, if one was uploaded. */
  public Optional<FidoMetadataService> service() {
    Optional<Long> version =
        em.createQuery("select b.version from MetadataBlob b where b.id = :id", Long.class)
            .setParameter("id", MetadataBlob.CURRENT)
            .getResultStream()
            .findFirst();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Loaded current = loaded;
    if (current == null || current.version() != version.get()) {
      MetadataBlob stored = em.find(MetadataBlob.class, MetadataBlob.CURRENT);
      try {
        current =
            new Loaded(
                stored.version(),
                FidoMetadataService.builder()
                    .useBlob(verify(stored.blobJwt(), trustRoot(), stored.crls()))
                    // Every entry, revoked ones too (the default drops them): a revoked
                    // authenticator must be found to be refused and shown as such.
                    .prefilter(entry -> true)
                    .build());
      } catch (Exception e) {
        throw new IllegalStateException("The stored metadata BLOB cannot be used", e);
      }
      loaded = current;
    }
    return Optional.of(current.service());
  }

  /** What the metadata says of an authenticator model. */
  public record Authenticator(Optional<String> name, Optional<AuthenticatorStatus> status) {

    public boolean isCompromised() {
      return status.filter(COMPROMISED::contains).isPresent();
    }
  }

  /** The authenticator with this AAGUID as the metadata describes it (empty when unknown). */
  public Authenticator describe(String aaguid) {
    return describe(service(), aaguid);
  }

  /** Several authenticators at once, by AAGUID: the stored metadata is looked up once. */
  public java.util.Map<String, Authenticator> describeAll(java.util.Collection<String> aaguids) {
    Optional<FidoMetadataService> mds = service();
    java.util.Map<String, Authenticator> described = new java.util.HashMap<>();
    aaguids.forEach(aaguid -> described.computeIfAbsent(aaguid, a -> describe(mds, a)));
    return described;
  }

  private static Authenticator describe(Optional<FidoMetadataService> service, String aaguid) {
    Optional<MetadataBLOBPayloadEntry> entry =
        service.flatMap(
            mds ->
                mds.findEntries(new AAGUID(new ByteArray(bytes(UUID.fromString(aaguid))))).stream()
                    .findFirst());
    return new Authenticator(
        entry
            .flatMap(MetadataBLOBPayloadEntry::getMetadataStatement)
            .flatMap(MetadataStatement::getDescription),
        entry.flatMap(
            e ->
                e.getStatusReports().stream()
                    .max(
                        Comparator.comparing(
                            (StatusReport r) -> r.getEffectiveDate().orElse(LocalDate.MIN)))
                    .map(StatusReport::getStatus)));
  }

  /**
   * Verifies a BLOB's signature, its certificate chain to {@code root} (with the CRLs) and its
   * legal header; parses it.
   */
  static MetadataBLOB verify(String blobJwt, X509Certificate root, List<String> crls) {
    if (blobJwt.isEmpty()) {
      throw new InvalidAuthenticatorMetadataException("The BLOB is empty");
    }
    try {
      var downloader =
          FidoMetadataDownloader.builder()
              .expectLegalHeader(LEGAL_HEADER)
              .useTrustRoot(root)
              .useBlob(blobJwt);
      if (!crls.isEmpty()) {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<CRL> parsed = new java.util.ArrayList<>();
        for (String crl : crls) {
          parsed.add(
              factory.generateCRL(new ByteArrayInputStream(Base64.getDecoder().decode(crl))));
        }
        downloader.useCrls(parsed);
      }
      return downloader.build().loadCachedBlob();
    } catch (Exception e) {
      // The library's message says which check failed; the BLOB itself is public data.
      LOG.log(Level.FINE, "A metadata BLOB was refused", e);
      throw new InvalidAuthenticatorMetadataException(
          "The BLOB does not verify against the FIDO root: " + e.getMessage());
    }
  }

  private X509Certificate trustRoot() {
    try (InputStream in =
        trustRootFile.filter(s -> !s.isBlank()).isPresent()
            ? Files.newInputStream(Path.of(trustRootFile.get()))
            : AuthenticatorMetadata.class.getResourceAsStream("fido-mds-root.crt")) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateException e) {
      throw new IllegalStateException("The FIDO trust root is not a certificate", e);
    }
  }

  /** A CRL given as PEM or base64 DER, as base64 DER. */
  private static String base64Der(String crl) {
    String body =
        crl.replace("-----BEGIN X509 CRL-----", "")
            .replace("-----END X509 CRL-----", "")
            .replaceAll("\\s", "");
    try {
      Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new InvalidAuthenticatorMetadataException("A CRL is PEM or base64 DER");
    }
    return body;
  }

  static byte[] bytes(UUID uuid) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
    buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return buffer.array();
  }
}
