package org.portcullis.directory;

import java.util.regex.Pattern;

/**
 * A role's name: 1 to 255 visible ASCII characters without spaces, compared with case, as it
 * appears in the {@code groups} claim of access tokens (the same rule as {@link Roles}).
 */
public record RoleName(String value) implements Comparable<RoleName> {

  // Declared before PLATFORM_ADMIN, which is validated against it while the class initializes.
  private static final Pattern SYNTAX = Pattern.compile("[\\x21-\\x7E]{1,255}");

  /** The role of platform administrators, in tenant {@code system}. */
  public static final RoleName PLATFORM_ADMIN = new RoleName(Roles.PLATFORM_ADMIN);

  /**
   * @throws InvalidRoleException when {@code value} is not a role name
   */
  public RoleName {
    if (value == null || !SYNTAX.matcher(value).matches()) {
      throw new InvalidRoleException(
          "A role name is 1 to 255 visible ASCII characters without spaces");
    }
  }

  @Override
  public int compareTo(RoleName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
