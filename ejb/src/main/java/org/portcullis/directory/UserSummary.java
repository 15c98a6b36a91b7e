package org.portcullis.directory;

import java.time.OffsetDateTime;

/**
 * One row of an administrator's list of users: what identifies a user at a glance. {@link
 * #toString()} names no personal data.
 *
 * @param email the primary (or first) email address, or null
 */
public record UserSummary(
    String id,
    String userName,
    String displayName,
    String email,
    boolean active,
    OffsetDateTime createdAt) {

  static UserSummary of(User user) {
    UserProfile profile = user.profile();
    String email = profile.emails().isEmpty() ? null : profile.emails().get(0).address();
    return new UserSummary(
        user.id(),
        user.userName().value(),
        profile.displayName(),
        email,
        user.isActive(),
        user.createdAt());
  }

  @Override
  public String toString() {
    return "UserSummary[id=" + id + "]";
  }
}
