package org.portcullis.directory;

import java.util.Locale;

/**
 * A user's {@code userName}: 1 to 255 characters, not blank, kept as given. Two user names that
 * differ only in case are the same name for uniqueness and lookups (RFC 7643 §4.1.1), through
 * {@link #key()}.
 */
public record UserName(String value) {

  public static final int MAX_LENGTH = 255;

  /**
   * @throws InvalidUserException when {@code value} is null, blank or longer than 255 characters
   */
  public UserName {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw new InvalidUserException("A userName is 1 to 255 characters, not all blank");
    }
  }

  /** The case-insensitive key under which the name is unique in its tenant. */
  public String key() {
    // Locale.ROOT: the key must not depend on the server's locale (the Turkish dotless i).
    return value.toLowerCase(Locale.ROOT);
  }

  /** Hides the name: it is personal data and must not reach logs. */
  @Override
  public String toString() {
    return "UserName[length=" + value.length() + "]";
  }
}
