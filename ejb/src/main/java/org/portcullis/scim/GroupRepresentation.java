package org.portcullis.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.portcullis.directory.Group;
import org.portcullis.directory.GroupDirectory.Member;
import org.portcullis.platform.JsonFactory;

/** A group as SCIM represents it (RFC 7643 §4.2). */
final class GroupRepresentation {

  private GroupRepresentation() {}

  /**
   * @param members the members to list, or null to leave {@code members} out (not asked for)
   * @param base the SCIM base URL of the tenant
   */
  static JsonObject of(Group group, List<Member> members, String base) {
    JsonObjectBuilder json =
        JsonFactory.createObjectBuilder()
            .add("schemas", JsonFactory.createArrayBuilder().add(ScimSchemas.GROUP))
            .add("id", group.id());
    group.externalId().ifPresent(id -> json.add("externalId", id));
    json.add("displayName", group.displayName().value());
    if (members != null && !members.isEmpty()) {
      JsonArrayBuilder listed = JsonFactory.createArrayBuilder();
      for (Member member : members) {
        listed.add(
            JsonFactory.createObjectBuilder()
                .add("value", member.userId())
                .add("$ref", base + "/Users/" + member.userId())
                .add("display", member.userName().value())
                .add("type", "User"));
      }
      json.add("members", listed);
    }
    return json.add(
            "meta",
            ScimJson.meta(
                "Group",
                group.createdAt(),
                group.modifiedAt(),
                base + "/Groups/" + group.id(),
                group.version()))
        .build();
  }
}
