package org.portcullis.directory.password;

import java.util.Set;
import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/**
 * A prospective password breaks the tenant's policy. The detail gives the message of every rule
 * broken (NIST SP 800-63B §5.1.1.2: the verifier SHALL say why), and never the password or any part
 * of it; {@link #reasons()} names the rules for callers that map them to their own protocol's
 * error.
 */
public class InvalidPasswordException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("invalid-password", 400, "Invalid password");

  private final transient PasswordCheck check;

  /**
   * @param check a failed check: at least one violation
   */
  public InvalidPasswordException(PasswordCheck check) {
    super(TYPE, String.join(" ", check.messages()));
    if (check.isOk()) {
      throw new IllegalArgumentException("an accepted password is no failure");
    }
    this.check = check;
  }

  /** The rules the password breaks. */
  public Set<PasswordCheck.Reason> reasons() {
    return check == null ? Set.of() : check.reasons();
  }
}
