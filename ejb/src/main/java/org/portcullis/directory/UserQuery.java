package org.portcullis.directory;

import java.util.Locale;
import java.util.Optional;

/**
 * Which users an administrator lists: those whose userName starts with {@code userNamePrefix}
 * (compared without regard to case, like the userName itself), in userName order.
 *
 * @param userNamePrefix the start of the userName, or empty for every user
 * @param descending whether the list runs from Z to A
 */
public record UserQuery(Optional<String> userNamePrefix, boolean descending) {

  /** Every user, A to Z. */
  public static final UserQuery ALL = new UserQuery(Optional.empty(), false);

  public UserQuery {
    userNamePrefix =
        userNamePrefix
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .map(p -> p.length() > UserName.MAX_LENGTH ? p.substring(0, UserName.MAX_LENGTH) : p);
  }

  /** The users whose userName starts with {@code prefix} (null or blank: every user). */
  public static UserQuery startingWith(String prefix, boolean descending) {
    return new UserQuery(Optional.ofNullable(prefix), descending);
  }

  /** The prefix as the userName key column holds it (lower case, {@link UserName#key()}). */
  Optional<String> keyPrefix() {
    return userNamePrefix.map(p -> p.toLowerCase(Locale.ROOT));
  }

  /**
   * The first key after every key that starts with {@code prefix}: the prefix with its last
   * character raised by one, so that {@code key >= prefix and key < upper} is a range of the
   * (tenant_id, user_name_key, id) index.
   */
  static Optional<String> upperBound(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    if (last == Character.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
  }

  /** The prefix as a LIKE pattern with {@code \} as escape character. */
  static String likePattern(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
