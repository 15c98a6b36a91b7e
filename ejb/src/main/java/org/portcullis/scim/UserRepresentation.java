package org.portcullis.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.portcullis.directory.Email;
import org.portcullis.directory.Group;
import org.portcullis.directory.User;
import org.portcullis.directory.UserProfile;
import org.portcullis.platform.JsonFactory;

/**
 * A user as SCIM represents it (RFC 7643 §4.1): every attribute of {@link ScimSchemas#USERS} that
 * has a value, {@code password} never.
 */
final class UserRepresentation {

  private UserRepresentation() {}

  /**
   * @param roles the names of the roles the user holds directly
   * @param groups the groups the user is a direct member of
   * @param base the SCIM base URL of the tenant, for {@code meta.location} and {@code $ref}
   */
  static JsonObject of(User user, List<String> roles, List<Group> groups, String base) {
    UserProfile profile = user.profile();
    JsonObjectBuilder json =
        JsonFactory.createObjectBuilder()
            .add("schemas", JsonFactory.createArrayBuilder().add(ScimSchemas.USER))
            .add("id", user.id());
    user.externalId().ifPresent(id -> json.add("externalId", id));
    json.add("userName", user.userName().value());
    JsonObjectBuilder name = JsonFactory.createObjectBuilder();
    addIfPresent(name, "formatted", profile.formattedName());
    addIfPresent(name, "familyName", profile.familyName());
    addIfPresent(name, "givenName", profile.givenName());
    JsonObject builtName = name.build();
    if (!builtName.isEmpty()) {
      json.add("name", builtName);
    }
    addIfPresent(json, "displayName", profile.displayName());
    json.add("active", user.isActive());
    if (!profile.emails().isEmpty()) {
      JsonArrayBuilder emails = JsonFactory.createArrayBuilder();
      for (Email email : profile.emails()) {
        JsonObjectBuilder value = JsonFactory.createObjectBuilder().add("value", email.address());
        email.typeIfAny().ifPresent(type -> value.add("type", type));
        emails.add(value.add("primary", email.primary()));
      }
      json.add("emails", emails);
    }
    if (!groups.isEmpty()) {
      JsonArrayBuilder memberOf = JsonFactory.createArrayBuilder();
      for (Group group : groups) {
        memberOf.add(
            JsonFactory.createObjectBuilder()
                .add("value", group.id())
                .add("$ref", base + "/Groups/" + group.id())
                .add("display", group.displayName().value())
                .add("type", "direct"));
      }
      json.add("groups", memberOf);
    }
    if (!roles.isEmpty()) {
      JsonArrayBuilder held = JsonFactory.createArrayBuilder();
      roles.forEach(
          role ->
              held.add(JsonFactory.createObjectBuilder().add("value", role).add("display", role)));
      json.add("roles", held);
    }
    return json.add(
            "meta",
            ScimJson.meta(
                "User",
                user.createdAt(),
                user.modifiedAt(),
                base + "/Users/" + user.id(),
                user.version()))
        .build();
  }

  private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
