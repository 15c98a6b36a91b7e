package org.portcullis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.portcullis.webauthn.TestMetadata;

/**
 * The platform under test: started once per test run (the first test that asks starts it, the JVM's
 * end stops it) on a fresh embedded database, with a bootstrap admin client whose secret only this
 * run knows. A test that starts a platform of its own describes it with {@link #reachedAt}.
 */
public final class Platform {

  public static final String ADMIN_CLIENT_ID = "bootstrap-admin";

  /** How long a new signing key is published before it signs, on this platform only. */
  public static final Duration PUBLICATION_DELAY = Duration.ofSeconds(5);

  /** Failed client authentications per client id and address before the platform slows down. */
  public static final int THROTTLE_FREE_FAILURES = 3;

  /** Failed client authentications per client id from all addresses before it slows down. */
  public static final int THROTTLE_CEILING = 5;

  private static Platform shared;

  private final URI base;
  private final String adminClientSecret;
  private final String adminPassword;
  private final TestMetadata metadataService;

  private Platform(
      URI base, String adminClientSecret, String adminPassword, TestMetadata metadataService) {
    this.base = base;
    this.adminClientSecret = adminClientSecret;
    this.adminPassword = adminPassword;
    this.metadataService = metadataService;
  }

  /** The shared platform, started on first use. */
  public static synchronized Platform get() {
    if (shared == null) {
      try {
        Path data = PlatformProcess.workDir().resolve("h2-data");
        TestFiles.deleteTree(data);
        String secret = "it-" + UUID.randomUUID();
        String password = "it-bootstrap-" + UUID.randomUUID();
        // A FIDO Metadata Service of this run's own, whose root the platform trusts.
        TestMetadata metadata = new TestMetadata();
        Path root = PlatformProcess.workDir().resolve("mds-root.pem");
        Files.createDirectories(root.getParent());
        Files.writeString(root, metadata.rootPem());
        PlatformProcess process =
            PlatformProcess.start(
                "h2",
                Integer.getInteger("portcullis.it.port", 18080),
                Map.ofEntries(
                    Map.entry("PORTCULLIS_DATA_DIR", data.toString()),
                    Map.entry("PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET", secret),
                    Map.entry("PORTCULLIS_BOOTSTRAP_ADMIN_PASSWORD", password),
                    Map.entry(
                        "PORTCULLIS_WEBAUTHN_MDS_TRUST_ROOT", root.toAbsolutePath().toString()),
                    // Test only: a new key signs 5 s after it is published, not 300 s; the JWKS
                    // max-age follows it down (KeyRotationIT).
                    Map.entry("PORTCULLIS_KEYS_PUBLICATION_DELAY", PUBLICATION_DELAY.toString()),
                    // Small brute-force thresholds and short waits, so that tests see them quickly.
                    Map.entry(
                        "PORTCULLIS_THROTTLE_ADDRESS_FAILURES",
                        String.valueOf(THROTTLE_FREE_FAILURES)),
                    Map.entry("PORTCULLIS_THROTTLE_ADDRESS_FIRST_DELAY_SECONDS", "2"),
                    Map.entry("PORTCULLIS_THROTTLE_ADDRESS_MAX_DELAY_SECONDS", "4"),
                    Map.entry(
                        "PORTCULLIS_THROTTLE_SUBJECT_FAILURES", String.valueOf(THROTTLE_CEILING)),
                    Map.entry("PORTCULLIS_THROTTLE_SUBJECT_FIRST_DELAY_SECONDS", "2"),
                    Map.entry("PORTCULLIS_THROTTLE_SUBJECT_MAX_DELAY_SECONDS", "2")));
        shared = new Platform(process.base(), secret, password, metadata);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return shared;
  }

  /**
   * A platform that a test started itself, reached at {@code base} (its public base URL), whose
   * bootstrap admin client has {@code adminClientSecret} and admin {@code adminPassword}. It trusts
   * no test metadata service.
   */
  public static Platform reachedAt(URI base, String adminClientSecret, String adminPassword) {
    return new Platform(base, adminClientSecret, adminPassword, null);
  }

  public URI base() {
    return base;
  }

  /** The issuer of {@code tenant} (contract: {@code {base}/t/{tenant}}). */
  public String issuer(String tenant) {
    return base + "/t/" + tenant;
  }

  /** The password of the bootstrap human admin {@code admin} of tenant {@code system}. */
  public String adminPassword() {
    return adminPassword;
  }

  /** The FIDO Metadata Service whose root this platform trusts: it signs test BLOBs. */
  public TestMetadata metadataService() {
    if (metadataService == null) {
      throw new IllegalStateException("This platform trusts no test metadata service");
    }
    return metadataService;
  }

  public String adminClientSecret() {
    return adminClientSecret;
  }
}
