package org.portcullis.directory.password;

import java.util.Objects;
import java.util.Optional;

/**
 * What a prospective password must not contain: NIST SP 800-63B §5.1.1.2 lists "context-specific
 * words, such as the name of the service, the username, and derivatives thereof".
 *
 * @param userName the user name of the account whose password is being set, if known
 * @param serviceName the name of the service the user signs in to (the tenant's display name), if
 *     known
 */
public record PasswordContext(Optional<String> userName, Optional<String> serviceName) {

  /** No context: only length and the blocklist apply. */
  public static final PasswordContext NONE =
      new PasswordContext(Optional.empty(), Optional.empty());

  public PasswordContext {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(serviceName, "serviceName");
  }

  /** The context of the account named {@code userName}. */
  public static PasswordContext forUser(String userName) {
    return new PasswordContext(Optional.of(userName), Optional.empty());
  }

  /** This context, also comparing with the name of the service. */
  public PasswordContext withServiceName(String name) {
    return new PasswordContext(userName, Optional.of(name));
  }
}
