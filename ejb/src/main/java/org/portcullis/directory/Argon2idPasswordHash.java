package org.portcullis.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.PasswordHash;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Argon2id (RFC 9106) through Bouncy Castle, as a Jakarta Security {@link PasswordHash}. Hashes are
 * PHC strings: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with unpadded base64, a 16-byte
 * random salt and a 32-byte hash. The cost comes from configuration ({@code
 * portcullis.password.argon2.memory-kib}, {@code .iterations}, {@code .parallelism}); {@link
 * #needsRehash} tells when a stored hash was made with other parameters, and {@link #verifyDecoy}
 * spends what a verification costs when there is no hash to verify against.
 */
@ApplicationScoped
public class Argon2idPasswordHash implements PasswordHash {

  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})"
              + "\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})$");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();

  private volatile Argon2Parameters parameters = Argon2Parameters.OWASP;

  /** A hash of a random password with the current parameters; made on first use. */
  private volatile String decoy;

  public Argon2idPasswordHash() {}

  /** A hasher with fixed parameters (tests, benchmarks). */
  public Argon2idPasswordHash(Argon2Parameters parameters) {
    this.parameters = parameters;
  }

  @Inject
  void configure(
      @ConfigProperty(name = "portcullis.password.argon2.memory-kib", defaultValue = "19456")
          int memoryKib,
      @ConfigProperty(name = "portcullis.password.argon2.iterations", defaultValue = "2")
          int iterations,
      @ConfigProperty(name = "portcullis.password.argon2.parallelism", defaultValue = "1")
          int parallelism) {
    this.parameters = new Argon2Parameters(memoryKib, iterations, parallelism);
    this.decoy = null;
  }

  /** The parameters new hashes are made with. */
  public Argon2Parameters parameters() {
    return parameters;
  }

  @Override
  public void initialize(Map<String, String> parameters) {
    // Parameters come from MicroProfile Config (see configure); nothing to take from here.
  }

  @Override
  public String generate(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Argon2Parameters p = parameters;
    byte[] hash = derive(password, salt, p, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            p.memoryKib(),
            p.iterations(),
            p.parallelism(),
            B64.encodeToString(salt),
            B64.encodeToString(hash));
  }

  @Override
  public boolean verify(char[] password, String hashedPassword) {
    Matcher phc = hashedPassword == null ? null : PHC.matcher(hashedPassword);
    if (phc == null || !phc.matches()) {
      return false;
    }
    Argon2Parameters p =
        new Argon2Parameters(
            Integer.parseInt(phc.group(1)),
            Integer.parseInt(phc.group(2)),
            Integer.parseInt(phc.group(3)));
    byte[] expected = B64D.decode(phc.group(5));
    byte[] actual = derive(password, B64D.decode(phc.group(4)), p, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Verifies {@code password} against a hash that no password matches, made with the current
   * parameters, and so takes as long as {@link #verify} of a current hash: a sign-in for a user who
   * does not exist (or has no password) costs what one with a wrong password costs, and its timing
   * does not tell whether the user exists.
   *
   * @return always false
   */
  public boolean verifyDecoy(char[] password) {
    String current = decoy;
    if (current == null) {
      // Making the decoy costs what verifying against it would: this call spends that, once.
      decoy = generate(randomPassword());
    } else {
      verify(password, current);
    }
    return false;
  }

  private char[] randomPassword() {
    char[] printable = new char[32];
    for (int i = 0; i < printable.length; i++) {
      printable[i] = (char) ('!' + random.nextInt(94));
    }
    return printable;
  }

  /**
   * Whether {@code hashedPassword} was made with other parameters than the configured ones, or is
   * no Argon2id PHC string at all (then it cannot be verified either).
   */
  public boolean needsRehash(String hashedPassword) {
    Matcher phc = hashedPassword == null ? null : PHC.matcher(hashedPassword);
    Argon2Parameters p = parameters;
    return phc == null
        || !phc.matches()
        || Integer.parseInt(phc.group(1)) != p.memoryKib()
        || Integer.parseInt(phc.group(2)) != p.iterations()
        || Integer.parseInt(phc.group(3)) != p.parallelism();
  }

  private static byte[] derive(char[] password, byte[] salt, Argon2Parameters p, int length) {
    var generator = new Argon2BytesGenerator();
    generator.init(
        new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
            .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(p.memoryKib())
            .withIterations(p.iterations())
            .withParallelism(p.parallelism())
            .build());
    byte[] utf8 = toUtf8(password);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(utf8, out);
      return out;
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
  }

  private static byte[] toUtf8(char[] password) {
    var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
    Arrays.fill(buffer.array(), (byte) 0);
    return bytes;
  }
}
