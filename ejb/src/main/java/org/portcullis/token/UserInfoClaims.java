package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.client.Scope;
import org.portcullis.directory.Email;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.User;
import org.portcullis.directory.UserProfile;

/**
 * The claims about a user that a scope releases (OpenID Connect Core §5.4), for ID tokens and the
 * userinfo endpoint: {@code profile} the names, {@code preferred_username} and {@code updated_at};
 * {@code email} the primary (or first) email, unverified since the directory does not verify
 * emails; {@value #ROLES} the effective roles as {@code roles}. {@code sub} is always there.
 */
@ApplicationScoped
public class UserInfoClaims {

  /** The scope that releases the user's roles. */
  public static final String ROLES = "roles";

  @Inject private RoleDirectory roles;

  /** The claims of {@code user} that {@code scope} releases, {@code sub} first. */
  public Map<String, Object> of(User user, Scope scope) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", user.id());
    UserProfile profile = user.profile();
    if (scope.contains("profile")) {
      name(profile).ifPresent(name -> claims.put("name", name));
      put(claims, "given_name", profile.givenName());
      put(claims, "family_name", profile.familyName());
      claims.put("preferred_username", user.userName().value());
      claims.put("updated_at", user.modifiedAt().toEpochSecond());
    }
    if (scope.contains("email")) {
      email(profile)
          .ifPresent(
              email -> {
                claims.put("email", email.address());
                claims.put("email_verified", false);
              });
    }
    if (scope.contains(ROLES)) {
      claims.put(ROLES, List.copyOf(roles.effectiveRoles(user.id()).names()));
    }
    return claims;
  }

  private static Optional<String> name(UserProfile profile) {
    if (profile.formattedName() != null) {
      return Optional.of(profile.formattedName());
    }
    if (profile.displayName() != null) {
      return Optional.of(profile.displayName());
    }
    String joined =
        String.join(
                " ",
                java.util.stream.Stream.of(profile.givenName(), profile.familyName())
                    .filter(java.util.Objects::nonNull)
                    .toList())
            .strip();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  private static Optional<Email> email(UserProfile profile) {
    return profile.emails().stream()
        .filter(Email::primary)
        .findFirst()
        .or(() -> profile.emails().stream().findFirst());
  }

  private static void put(Map<String, Object> claims, String name, String value) {
    if (value != null) {
      claims.put(name, value);
    }
  }
}
