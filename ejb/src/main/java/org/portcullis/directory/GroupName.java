package org.portcullis.directory;

import java.util.Locale;

/**
 * A group's display name: 1 to 255 characters, not blank, kept as given and unique in its tenant
 * without regard to case, through {@link #key()}.
 */
public record GroupName(String value) {

  public static final int MAX_LENGTH = 255;

  /**
   * @throws InvalidGroupException when {@code value} is null, blank or longer than 255 characters
   */
  public GroupName {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw new InvalidGroupException("A group's display name is 1 to 255 characters");
    }
  }

  /** The case-insensitive key under which the name is unique in its tenant. */
  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
