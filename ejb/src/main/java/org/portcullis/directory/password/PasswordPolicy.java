package org.portcullis.directory.password;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portcullis.directory.password.PasswordCheck.Violation;

/**
 * A tenant's password policy, after NIST SP 800-63B §5.1.1.2 (memorized secret verifiers): a
 * minimum and a maximum length, and whether the blocklist of {@link CommonPasswords} applies. There
 * are no composition rules (§5.1.1.2: verifiers SHOULD NOT require mixtures of character types), no
 * hints and no expiry.
 *
 * <p>Length is counted in Unicode code points after NFKC normalization: §5.1.1.2 says the verifier
 * "SHOULD apply the Normalization Process for Stabilized Strings using either the NFKC or NFKD
 * normalization" and that "each Unicode code point SHALL be counted as a single character". So an
 * emoji is one character, and {@code e} followed by a combining acute accent is one ({@code é}).
 *
 * <p>Immutable. A policy that NIST forbids cannot be built: the constructor throws {@link
 * InvalidPasswordPolicyException}.
 *
 * @param minLength the fewest code points a password may have: at least {@value #NIST_MIN_LENGTH}
 * @param maxLength the most code points a password may have: at least {@value
 *     #NIST_MAX_LENGTH_FLOOR}, at most {@value #MAX_LENGTH_CAP}
 * @param blocklist whether a password on the list of common passwords is refused
 */
public record PasswordPolicy(int minLength, int maxLength, boolean blocklist) {

  /** §5.1.1.2: user-chosen secrets SHALL be at least 8 characters. */
  public static final int NIST_MIN_LENGTH = 8;

  /** §5.1.1.2: verifiers SHOULD permit at least 64 characters. */
  public static final int NIST_MAX_LENGTH_FLOOR = 64;

  /** The highest maximum a tenant may set, so that normalizing and hashing stay cheap. */
  public static final int MAX_LENGTH_CAP = 1024;

  /** Context words shorter than this are not looked for: "bob" would refuse too many phrases. */
  static final int MIN_CONTEXT_WORD_LENGTH = 4;

  /** The policy of a tenant that set none: 8 to 64 characters, blocklist on. */
  public static final PasswordPolicy NIST_DEFAULT =
      new PasswordPolicy(NIST_MIN_LENGTH, NIST_MAX_LENGTH_FLOOR, true);

  public PasswordPolicy {
    if (minLength < NIST_MIN_LENGTH) {
      throw new InvalidPasswordPolicyException(
          "The minimum password length cannot be below " + NIST_MIN_LENGTH + " (NIST SP 800-63B).");
    }
    if (maxLength < NIST_MAX_LENGTH_FLOOR || maxLength > MAX_LENGTH_CAP) {
      throw new InvalidPasswordPolicyException(
          "The maximum password length must be between "
              + NIST_MAX_LENGTH_FLOOR
              + " and "
              + MAX_LENGTH_CAP
              + ".");
    }
    if (minLength > maxLength) {
      throw new InvalidPasswordPolicyException(
          "The minimum password length cannot exceed the maximum.");
    }
  }

  /** This policy with another minimum length. */
  public PasswordPolicy withMinLength(int length) {
    return new PasswordPolicy(length, maxLength, blocklist);
  }

  /** This policy with another maximum length. */
  public PasswordPolicy withMaxLength(int length) {
    return new PasswordPolicy(minLength, length, blocklist);
  }

  /** This policy with the blocklist on or off. */
  public PasswordPolicy withBlocklist(boolean applies) {
    return new PasswordPolicy(minLength, maxLength, applies);
  }

  /**
   * Checks a prospective password against this policy and the shipped {@link CommonPasswords}.
   *
   * @param password the password as typed; read, never modified or kept (the caller clears it)
   * @param context the words that the password must not contain
   * @return ok, or every rule broken, with a message for the user that never quotes the password
   */
  public PasswordCheck check(char[] password, PasswordContext context) {
    return check(password, context, CommonPasswords.shipped());
  }

  PasswordCheck check(char[] password, PasswordContext context, CommonPasswords common) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(context, "context");
    // NFKC composes at most 4 UTF-16 units into one (U+1FAF), so text longer than 4 times the
    // maximum stays too long: refuse it before spending time normalizing it.
    if (password.length > 4 * maxLength) {
      return new PasswordCheck(List.of(Violation.tooLong(maxLength)));
    }
    String normalized = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC);
    int length = normalized.codePointCount(0, normalized.length());
    List<Violation> violations = new ArrayList<>();
    if (length < minLength) {
      violations.add(Violation.tooShort(minLength));
    }
    if (length > maxLength) {
      violations.add(Violation.tooLong(maxLength));
    }
    String folded = CommonPasswords.canonical(normalized);
    // §5.1.1.2: compare with "passwords obtained from previous breach corpuses".
    if (blocklist && common.containsCanonical(folded)) {
      violations.add(Violation.common());
    }
    contextViolation(folded, context).ifPresent(violations::add);
    return violations.isEmpty() ? PasswordCheck.ok() : new PasswordCheck(violations);
  }

  // §5.1.1.2: compare with "context-specific words, such as the name of the service, the username".
  private static Optional<Violation> contextViolation(String folded, PasswordContext context) {
    if (context.userName().filter(name -> containsWord(folded, name)).isPresent()) {
      return Optional.of(Violation.contains("your user name"));
    }
    if (context.serviceName().filter(name -> containsWord(folded, name)).isPresent()) {
      return Optional.of(Violation.contains("the name of this service"));
    }
    return Optional.empty();
  }

  private static boolean containsWord(String foldedPassword, String word) {
    String foldedWord = CommonPasswords.canonical(word.strip());
    return foldedWord.codePointCount(0, foldedWord.length()) >= MIN_CONTEXT_WORD_LENGTH
        && foldedPassword.contains(foldedWord);
  }
}
