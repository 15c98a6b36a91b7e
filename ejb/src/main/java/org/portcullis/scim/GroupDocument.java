package org.portcullis.scim;

import jakarta.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.portcullis.directory.GroupName;
import org.portcullis.directory.InvalidGroupException;

/**
 * What a client asks a group to be (POST and PUT bodies, the result of a PATCH), checked against
 * {@link ScimSchemas#GROUPS}. Members are users, named by id; a group cannot be a member here.
 *
 * @param memberIds the ids of the users who are to be the members
 */
record GroupDocument(GroupName displayName, String externalId, Set<String> memberIds) {

  static GroupDocument read(JsonObject json) {
    ScimJson.requireSchema(json, ScimSchemas.GROUP);
    try {
      String name =
          ScimJson.string(json, "displayName")
              .filter(n -> !n.isBlank())
              .orElseThrow(() -> ScimException.invalidValue("displayName is required"));
      Set<String> members = new LinkedHashSet<>();
      for (JsonObject member : ScimJson.objects(json, "members")) {
        ScimJson.string(member, "type")
            .filter(type -> !type.equalsIgnoreCase("User"))
            .ifPresent(
                type -> {
                  throw ScimException.invalidValue("Only users can be members of a group");
                });
        members.add(
            ScimJson.string(member, "value")
                .orElseThrow(() -> ScimException.invalidValue("A member needs a value")));
      }
      String externalId = ScimJson.string(json, "externalId").orElse(null);
      return new GroupDocument(new GroupName(name), externalId, members);
    } catch (InvalidGroupException | IllegalArgumentException invalid) {
      throw ScimException.invalidValue(invalid.getMessage());
    }
  }
}
