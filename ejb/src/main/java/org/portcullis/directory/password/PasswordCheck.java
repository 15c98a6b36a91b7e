package org.portcullis.directory.password;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The result of checking a prospective password against a {@link PasswordPolicy}: ok, or every rule
 * it breaks. An expected failure is a result, not an exception (the idiom of Jakarta Security's
 * {@code CredentialValidationResult}).
 *
 * <p>NIST SP 800-63B §5.1.1.2: a rejected password "SHALL" come with the reason, so each violation
 * carries a message for the user. Messages never contain the password, nor any part of it.
 *
 * @param violations the rules broken, in the order checked; empty when the password is acceptable
 */
public record PasswordCheck(List<Violation> violations) {

  private static final PasswordCheck OK = new PasswordCheck(List.of());

  /** Why a password was refused. */
  public enum Reason {
    /** Fewer code points than the policy's minimum. */
    TOO_SHORT,
    /** More code points than the policy's maximum. */
    TOO_LONG,
    /** On the blocklist of common passwords. */
    COMMON,
    /** Equals or contains the user name or the name of the service. */
    CONTEXT_SPECIFIC
  }

  /** One broken rule and the message that tells the user how to choose another password. */
  public record Violation(Reason reason, String message) {

    static Violation tooShort(int minLength) {
      return new Violation(
          Reason.TOO_SHORT,
          "Your password is too short: use at least " + minLength + " characters.");
    }

    static Violation tooLong(int maxLength) {
      return new Violation(
          Reason.TOO_LONG, "Your password is too long: use at most " + maxLength + " characters.");
    }

    static Violation common() {
      return new Violation(
          Reason.COMMON,
          "This password is on a list of commonly used passwords. Please choose another one.");
    }

    static Violation contains(String what) {
      return new Violation(
          Reason.CONTEXT_SPECIFIC,
          "Your password must not contain " + what + ". Please choose another one.");
    }
  }

  public PasswordCheck {
    violations = List.copyOf(violations);
  }

  /** The result of a password that breaks no rule. */
  public static PasswordCheck ok() {
    return OK;
  }

  /** True when the password may be set. */
  public boolean isOk() {
    return violations.isEmpty();
  }

  /** The reasons for refusing the password; empty when it is ok. */
  public Set<Reason> reasons() {
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    violations.forEach(v -> reasons.add(v.reason()));
    return Collections.unmodifiableSet(reasons);
  }

  /** The messages to show the user, one per broken rule; empty when the password is ok. */
  public List<String> messages() {
    return violations.stream().map(Violation::message).toList();
  }
}
