package org.portcullis.scim;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portcullis.directory.Group;
import org.portcullis.directory.GroupDirectory;
import org.portcullis.directory.GroupDirectory.Member;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.platform.PortcullisException;
import org.portcullis.tenant.TenantIsolated;

/**
 * The SCIM {@code /Groups} endpoint's work, one transaction per request, through {@link
 * GroupDirectory}, which checks and audits every change. A group's displayName is one of its
 * members' roles (contract, "Users and roles"), so a rename changes their next tokens.
 */
@Stateless
@LocalBean
@TenantIsolated
public class ScimGroups implements ScimResources {

  @Override
  public ResourceSchema schema() {
    return ScimSchemas.GROUPS;
  }

  private static final ScimSearch.Translation<Group> TRANSLATION =
      new ScimSearch.Translation<>(
          ScimQueries::groups, ScimQueries::groupOrder, AttributePath.of("displayName"));

  @PersistenceContext private EntityManager em;

  @Inject private GroupDirectory groups;

  /** POST: a new group, with its members. */
  @Override
  public ScimResult create(JsonObject body, String base) {
    GroupDocument document = GroupDocument.read(body);
    try {
      Group group = groups.create(document.displayName(), document.externalId());
      document.memberIds().forEach(userId -> addMember(group, userId));
      return result(group, Projection.DEFAULT, base);
    } catch (PortcullisException broken) {
      throw ScimException.of(broken);
    }
  }

  /** GET of one group; members only when the projection asks for them. */
  @Override
  public ScimResult get(String id, Projection projection, String base) {
    return result(require(id), projection, base);
  }

  /** PUT: the group becomes what the body says, members included. */
  @Override
  public ScimResult replace(String id, JsonObject body, String ifMatch, String base) {
    Group group = require(id);
    Versions.requireMatch(ifMatch, group.version());
    apply(group, GroupDocument.read(body));
    return result(group, Projection.DEFAULT, base);
  }

  /** PATCH: the operations applied to the group's representation, then stored as a PUT would. */
  @Override
  public ScimResult patch(String id, JsonObject body, String ifMatch, String base) {
    Group group = require(id);
    Versions.requireMatch(ifMatch, group.version());
    Patch patch = Patch.read(ScimSchemas.GROUPS, body);
    JsonObject current = GroupRepresentation.of(group, groups.allMembers(id), base);
    apply(group, GroupDocument.read(patch.applyTo(current)));
    return result(group, Projection.DEFAULT, base);
  }

  /** DELETE: the group goes, its members stay. */
  @Override
  public void delete(String id, String ifMatch) {
    Group group = require(id);
    Versions.requireMatch(ifMatch, group.version());
    groups.delete(group.id());
  }

  /** A page of the groups that match, as a {@code ListResponse}. */
  @Override
  public JsonObject search(SearchRequest request, Projection projection, String base) {
    ScimSearch.Found<Group> found = ScimSearch.find(em, Group.class, request, TRANSLATION);
    List<JsonObject> resources = new ArrayList<>();
    for (Group group : found.page()) {
      List<Member> members = projection.includes("members") ? groups.allMembers(group.id()) : null;
      resources.add(
          projection.apply(GroupRepresentation.of(group, members, base), ScimSchemas.GROUPS));
    }
    return ScimSearch.listResponse(found.total(), request, resources);
  }

  private void apply(Group group, GroupDocument document) {
    String id = group.id();
    try {
      if (!group.displayName().value().equals(document.displayName().value())) {
        groups.rename(id, document.displayName());
      }
      boolean sameExternalId =
          group
              .externalId()
              .map(e -> e.equals(document.externalId()))
              .orElse(document.externalId() == null);
      if (!sameExternalId) {
        groups.changeExternalId(id, document.externalId());
      }
      Set<String> current = new HashSet<>();
      groups.allMembers(id).forEach(member -> current.add(member.userId()));
      for (String userId : current) {
        if (!document.memberIds().contains(userId)) {
          groups.removeMember(id, userId);
        }
      }
      for (String userId : document.memberIds()) {
        if (!current.contains(userId)) {
          addMember(group, userId);
        }
      }
    } catch (PortcullisException broken) {
      throw ScimException.of(broken);
    }
  }

  private void addMember(Group group, String userId) {
    try {
      groups.addMember(group.id(), userId);
    } catch (PortcullisException noSuchUser) {
      // A member that is not a user of this tenant: the value is wrong, the group is not missing.
      throw ScimException.invalidValue("No user " + userId + " to add as a member");
    }
  }

  private Group require(String id) {
    return groups.find(id).orElseThrow(() -> ScimException.notFound("Group", id));
  }

  private ScimResult result(Group group, Projection projection, String base) {
    em.flush();
    List<Member> members = projection.includes("members") ? groups.allMembers(group.id()) : null;
    JsonObject json =
        projection.apply(GroupRepresentation.of(group, members, base), ScimSchemas.GROUPS);
    return new ScimResult(json, ScimJson.etag(group.version()), base + "/Groups/" + group.id());
  }
}
