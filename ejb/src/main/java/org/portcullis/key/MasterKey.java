package org.portcullis.key;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.portcullis.platform.DataDirectory;

/**
 * The key that encrypts private keys at rest: AES-256-GCM (JDK), a fresh 96-bit IV per value, and
 * the value's context (a key id) as associated data, so a sealed value cannot be moved to another
 * row.
 *
 * <p>Where it comes from, first match wins: {@code PORTCULLIS_MASTER_KEY} (32 bytes, base64), the
 * file named by {@code PORTCULLIS_MASTER_KEY_FILE}, or {@code master.key} in the data folder,
 * generated on first start with owner-only permissions. Nodes of one cluster must share it. The key
 * is never logged.
 */
@ApplicationScoped
public class MasterKey {

  static final String KEY_PROPERTY = "portcullis.master-key";
  static final String FILE_PROPERTY = "portcullis.master-key.file";
  private static final String FORMAT = "v1.";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

  private final SecureRandom random = new SecureRandom();

  @Inject private Config config;

  private SecretKey key;

  /** A master key from its bytes (tests, tools); the platform loads it from configuration. */
  static MasterKey of(byte[] bytes) {
    MasterKey masterKey = new MasterKey();
    masterKey.use(bytes);
    return masterKey;
  }

  @PostConstruct
  void load() {
    byte[] bytes =
        config
            .getOptionalValue(KEY_PROPERTY, String.class)
            .map(MasterKey::decode)
            .orElseGet(() -> fromFile(keyFile()));
    use(bytes);
  }

  private void use(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalStateException("The master key must be 32 bytes (AES-256)");
    }
    key = new SecretKeySpec(bytes, "AES");
  }

  /** Encrypts {@code plaintext}, bound to {@code context}. */
  public String seal(byte[] plaintext, String context) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
      return FORMAT + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /**
   * Decrypts a value sealed for {@code context}.
   *
   * @throws IllegalStateException when the value was sealed with another key or context, or was
   *     altered
   */
  public byte[] unseal(String sealed, String context) {
    if (!sealed.startsWith(FORMAT)) {
      throw new IllegalStateException("Unknown sealed format");
    }
    byte[] in = Base64.getUrlDecoder().decode(sealed.substring(FORMAT.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A sealed value did not open: wrong master key, or altered data", e);
    }
  }

  private Path keyFile() {
    return config
        .getOptionalValue(FILE_PROPERTY, String.class)
        .map(Path::of)
        .orElseGet(() -> DataDirectory.of(config).resolve("master.key"));
  }

  private byte[] fromFile(Path file) {
    try {
      return decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (java.nio.file.NoSuchFileException absent) {
      return generate(file).orElseGet(() -> fromFile(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the master key file " + file, e);
    }
  }

  /** Creates the key file; empty when another deployment created it first. */
  private Optional<byte[]> generate(Path file) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".master", ".tmp");
      restrictToOwner(tmp);
      Files.writeString(tmp, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
      try {
        Files.createLink(file, tmp);
      } finally {
        Files.delete(tmp);
      }
      LOG.info(() -> "Generated a new master key in " + file + " (keep it with the database)");
      return Optional.of(bytes);
    } catch (FileAlreadyExistsException raced) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the master key file " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The master key is not base64", e);
    }
  }
}
