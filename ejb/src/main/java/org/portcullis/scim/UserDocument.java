package org.portcullis.scim;

import jakarta.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.directory.Email;
import org.portcullis.directory.InvalidRoleException;
import org.portcullis.directory.InvalidUserException;
import org.portcullis.directory.RoleName;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserProfile;

/**
 * What a client asks a user to be (the body of POST and PUT, or the result of a PATCH), checked
 * against {@link ScimSchemas#USERS}. Read-only attributes ({@code id}, {@code groups}, {@code
 * meta}) are ignored, as RFC 7644 §3.5.1 says; attributes this server does not keep are ignored
 * too. {@link #toString()} shows nothing of the content: it holds personal data and maybe a
 * password.
 *
 * @param password the new password, or null to keep the current one (write-only, never returned)
 * @param roles the roles to hold directly
 */
record UserDocument(
    UserName userName, UserProfile profile, boolean active, char[] password, Set<RoleName> roles) {

  /** Reads a User resource; an invalid one is an {@code invalidValue} (or invalidSyntax). */
  static UserDocument read(JsonObject json) {
    ScimJson.requireSchema(json, ScimSchemas.USER);
    try {
      String userName =
          ScimJson.string(json, "userName")
              .filter(name -> !name.isBlank())
              .orElseThrow(() -> ScimException.invalidValue("userName is required"));
      Optional<JsonObject> name = ScimJson.object(json, "name");
      var profile =
          new UserProfile(
              name.flatMap(n -> ScimJson.string(n, "givenName")).orElse(null),
              name.flatMap(n -> ScimJson.string(n, "familyName")).orElse(null),
              name.flatMap(n -> ScimJson.string(n, "formatted")).orElse(null),
              ScimJson.string(json, "displayName").orElse(null),
              ScimJson.string(json, "externalId").orElse(null),
              emails(json));
      char[] password = ScimJson.string(json, "password").map(String::toCharArray).orElse(null);
      return new UserDocument(
          new UserName(userName),
          profile,
          ScimJson.bool(json, "active").orElse(true),
          password,
          roles(json));
    } catch (InvalidUserException | InvalidRoleException | IllegalArgumentException invalid) {
      throw ScimException.invalidValue(invalid.getMessage());
    }
  }

  private static List<Email> emails(JsonObject json) {
    return ScimJson.objects(json, "emails").stream()
        .map(
            email ->
                new Email(
                    ScimJson.string(email, "value")
                        .orElseThrow(() -> ScimException.invalidValue("An email needs a value")),
                    ScimJson.string(email, "type").orElse(null),
                    ScimJson.bool(email, "primary").orElse(false)))
        .toList();
  }

  private static Set<RoleName> roles(JsonObject json) {
    Set<RoleName> roles = new LinkedHashSet<>();
    for (JsonObject role : ScimJson.objects(json, "roles")) {
      roles.add(
          new RoleName(
              ScimJson.string(role, "value")
                  .orElseThrow(() -> ScimException.invalidValue("A role needs a value"))));
    }
    return roles;
  }

  @Override
  public String toString() {
    return "UserDocument[roles=" + roles.size() + "]";
  }
}
