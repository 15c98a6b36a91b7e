package org.portcullis.scim;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.directory.Group;
import org.portcullis.directory.GroupDirectory;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.User;
import org.portcullis.directory.UserCounts;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.platform.PortcullisException;
import org.portcullis.tenant.TenantIsolated;

/**
 * The SCIM {@code /Users} endpoint's work, one transaction per request: reads and searches of the
 * tenant's users, and changes made through {@link UserDirectory} and {@link RoleDirectory}, which
 * check and audit them. A failure anywhere rolls the whole request back.
 */
@Stateless
@LocalBean
@TenantIsolated
public class ScimUsers implements ScimResources {

  @Override
  public ResourceSchema schema() {
    return ScimSchemas.USERS;
  }

  private static final ScimSearch.Translation<User> TRANSLATION =
      new ScimSearch.Translation<>(
          ScimQueries::users, ScimQueries::userOrder, AttributePath.of("userName"));

  @PersistenceContext private EntityManager em;

  @Inject private UserDirectory users;

  @Inject private RoleDirectory roles;

  @Inject private GroupDirectory groups;

  @Inject private UserCounts counts;

  /** POST: a new user. */
  @Override
  public ScimResult create(JsonObject body, String base) {
    UserDocument document = UserDocument.read(body);
    try {
      User user = users.create(document.userName(), document.profile(), document.password());
      if (!document.active()) {
        users.deactivate(user.id());
      }
      roles.replaceDirectRoles(user.id(), document.roles());
      return result(user, base);
    } catch (PortcullisException broken) {
      throw ScimException.of(broken);
    }
  }

  /** GET of one user. */
  @Override
  public ScimResult get(String id, Projection projection, String base) {
    return result(require(id), base);
  }

  /** PUT: the user becomes what the body says (its password stays unless the body gives one). */
  @Override
  public ScimResult replace(String id, JsonObject body, String ifMatch, String base) {
    User user = require(id);
    Versions.requireMatch(ifMatch, user.version());
    apply(user, UserDocument.read(body));
    return result(user, base);
  }

  /** PATCH: the operations applied to the user's representation, then stored as a PUT would. */
  @Override
  public ScimResult patch(String id, JsonObject body, String ifMatch, String base) {
    User user = require(id);
    Versions.requireMatch(ifMatch, user.version());
    Patch patch = Patch.read(ScimSchemas.USERS, body);
    JsonObject patched = patch.applyTo(representation(user, base));
    apply(user, UserDocument.read(patched));
    return result(user, base);
  }

  /** DELETE. */
  @Override
  public void delete(String id, String ifMatch) {
    User user = require(id);
    Versions.requireMatch(ifMatch, user.version());
    users.delete(user.id());
  }

  /** A page of the users that match, as a {@code ListResponse} (RFC 7644 §3.4.2). */
  @Override
  public JsonObject search(SearchRequest request, Projection projection, String base) {
    ScimSearch.Found<User> found =
        ScimSearch.find(em, User.class, request, TRANSLATION, counts::count);
    List<User> page = found.page();
    List<String> ids = page.stream().map(User::id).toList();
    Map<String, List<String>> held =
        projection.includes("roles") ? roles.directRoles(ids) : Map.of();
    Map<String, List<Group>> memberOf =
        projection.includes("groups") ? groups.groupsOf(ids) : Map.of();
    List<JsonObject> resources = new ArrayList<>();
    for (User user : page) {
      JsonObject json =
          UserRepresentation.of(
              user,
              held.getOrDefault(user.id(), List.of()),
              memberOf.getOrDefault(user.id(), List.of()),
              base);
      resources.add(projection.apply(json, ScimSchemas.USERS));
    }
    return ScimSearch.listResponse(found.total(), request, resources);
  }

  private void apply(User user, UserDocument document) {
    String id = user.id();
    try {
      users.describe(id, document.profile());
      if (!user.userName().value().equals(document.userName().value())) {
        users.rename(id, document.userName());
      }
      if (document.active() != user.isActive()) {
        if (document.active()) {
          users.activate(id);
        } else {
          users.deactivate(id);
        }
      }
      if (document.password() != null) {
        users.changePassword(id, document.password());
      }
      roles.replaceDirectRoles(id, document.roles());
    } catch (PortcullisException broken) {
      throw ScimException.of(broken);
    }
  }

  private User require(String id) {
    return users.find(id).orElseThrow(() -> ScimException.notFound("User", id));
  }

  private JsonObject representation(User user, String base) {
    List<String> ids = List.of(user.id());
    return UserRepresentation.of(
        user,
        roles.directRoles(ids).getOrDefault(user.id(), List.of()),
        groups.groupsOf(ids).getOrDefault(user.id(), List.of()),
        base);
  }

  /** The stored user: flushed first, so that meta.version is the version the database holds. */
  private ScimResult result(User user, String base) {
    em.flush();
    JsonObject json = representation(user, base);
    return new ScimResult(json, ScimJson.etag(user.version()), base + "/Users/" + user.id());
  }
}
