package org.portcullis.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One email address of a user (RFC 7643 §4.1.2 {@code emails}): the address, an optional type
 * ({@code work}, {@code home}, {@code other}, or another short label) and whether it is the primary
 * address. The address is checked for shape only (a local part, an {@code @}, a domain); whether it
 * reaches anyone is not this class's business. {@link #toString()} hides the address, which is
 * personal data.
 */
public record Email(String address, String type, boolean primary) {

  public static final int MAX_ADDRESS = 254;

  public static final int MAX_TYPE = 32;

  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+");

  /**
   * @throws InvalidUserException when the address is not shaped like one or the type is too long
   */
  public Email {
    if (address == null || address.length() > MAX_ADDRESS || !SHAPE.matcher(address).matches()) {
      throw new InvalidUserException("An email address is local-part@domain, at most 254 chars");
    }
    if (type != null && (type.isBlank() || type.length() > MAX_TYPE)) {
      throw new InvalidUserException("An email type is 1 to 32 characters");
    }
  }

  /** A non-primary address without a type. */
  public static Email of(String address) {
    return new Email(address, null, false);
  }

  public Optional<String> typeIfAny() {
    return Optional.ofNullable(type);
  }

  @Override
  public String toString() {
    return "Email[type=" + type + ", primary=" + primary + "]";
  }
}
