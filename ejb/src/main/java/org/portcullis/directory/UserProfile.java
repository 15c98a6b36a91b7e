package org.portcullis.directory;

import java.util.List;
import java.util.Optional;

/**
 * What describes a user besides the userName and the password (RFC 7643 §4.1.1): the name parts,
 * the display name, the provisioning client's {@code externalId} and the emails. Every text is
 * optional (null) and at most 255 characters; at most one email is primary. {@link #toString()}
 * names no personal data.
 */
public record UserProfile(
    String givenName,
    String familyName,
    String formattedName,
    String displayName,
    String externalId,
    List<Email> emails) {

  public static final int MAX_TEXT = 255;

  /** No name, no externalId, no email. */
  public static final UserProfile EMPTY = new UserProfile(null, null, null, null, null, List.of());

  /**
   * @throws InvalidUserException when a text is blank or too long, or several emails are primary
   */
  public UserProfile {
    for (String text :
        new String[] {givenName, familyName, formattedName, displayName, externalId}) {
      if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
        throw new InvalidUserException("Names, display name and externalId are 1 to 255 chars");
      }
    }
    emails = emails == null ? List.of() : List.copyOf(emails);
    if (emails.stream().filter(Email::primary).count() > 1) {
      // RFC 7643 §2.4: the primary attribute is true for at most one value.
      throw new InvalidUserException("At most one email is primary");
    }
  }

  /** The same profile with another display name. */
  public UserProfile withDisplayName(String newDisplayName) {
    return new UserProfile(
        givenName, familyName, formattedName, newDisplayName, externalId, emails);
  }

  public Optional<String> externalIdIfAny() {
    return Optional.ofNullable(externalId);
  }

  @Override
  public String toString() {
    return "UserProfile[emails=" + emails.size() + "]";
  }
}
