package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.SortOrder;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.Role;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpClientProperties;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SCIM 2.0 server (contract, "Users and roles"; RFC 7643/7644) driven by a client that no one
 * here wrote: the UnboundID (Ping Identity) SCIM 2 SDK over Jersey. Each test works in a tenant of
 * its own, with the platform admin's token.
 */
class ScimClientIT {

  private static final String WORK = "work";
  private static final String HOME = "home";

  private final Platform platform = Platform.get();
  private final String bearer = "Bearer " + Tokens.platformAdmin(platform);
  private final String tenant = createTenant("scim");
  private final Client client =
      ClientBuilder.newClient(
          // The JDK's HttpClient under Jersey (HttpURLConnection cannot send PATCH), HTTP/1.1.
          new ClientConfig()
              .connectorProvider(new JavaNetHttpConnectorProvider())
              .property(JavaNetHttpClientProperties.HTTP_VERSION, HttpClient.Version.HTTP_1_1));
  private final ScimService scim = scimOf(tenant);

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void userLifecycleCreateGetListFilterPatchReplaceDelete() throws ScimException {
    String prefix = "lc" + UUID.randomUUID().toString().substring(0, 8);
    UserResource created =
        scim.create(
            "Users",
            new UserResource()
                .setUserName(prefix + ".Barbara")
                .setName(new Name().setGivenName("Barbara").setFamilyName("Jensen"))
                .setDisplayName("Babs Jensen")
                .setActive(true)
                .setPassword("a long enough " + UUID.randomUUID())
                .setEmails(
                    new Email().setValue(prefix + "@work.example").setType(WORK).setPrimary(true),
                    new Email().setValue(prefix + "@home.example").setType(HOME)));
    assertNotNull(created.getId());
    assertEquals(prefix + ".Barbara", created.getUserName());
    assertNull(created.getPassword(), "RFC 7643 §4.1.1: password is never returned");
    assertNotNull(created.getMeta().getVersion(), "RFC 7644 §3.14: meta.version");
    assertEquals(
        URI.create(platform.issuer(tenant) + "/scim/v2/Users/" + created.getId()),
        created.getMeta().getLocation());
    assertEquals("User", created.getMeta().getResourceType());

    UserResource read = scim.retrieve("Users", created.getId(), UserResource.class);
    assertEquals(created.getUserName(), read.getUserName());
    assertEquals("Jensen", read.getName().getFamilyName());
    assertEquals(2, read.getEmails().size());
    assertNull(read.getPassword());

    // Three more users with the prefix, for the list, co, sort and paging.
    for (String n : List.of("carol", "alice", "dave")) {
      scim.create("Users", user(prefix + "." + n, prefix + n + "@work.example"));
    }

    ListResponse<UserResource> all = scim.searchRequest("Users").invoke(UserResource.class);
    assertEquals(4, all.getTotalResults());

    // userName is caseExact false (RFC 7643 §4.1.1): eq matches in any case.
    ListResponse<UserResource> byName =
        scim.searchRequest("Users")
            .filter(Filter.eq("userName", (prefix + ".BARBARA").toUpperCase(Locale.ROOT)))
            .invoke(UserResource.class);
    assertEquals(1, byName.getTotalResults());
    assertEquals(created.getId(), byName.getResources().get(0).getId());

    ListResponse<UserResource> byWorkEmail =
        scim.searchRequest("Users")
            .filter(
                Filter.hasComplexValue(
                    "emails",
                    Filter.and(
                        Filter.eq("type", WORK), Filter.eq("value", prefix + "@work.example"))))
            .invoke(UserResource.class);
    assertEquals(1, byWorkEmail.getTotalResults());
    assertEquals(created.getId(), byWorkEmail.getResources().get(0).getId());

    assertEquals(
        4,
        scim.searchRequest("Users")
            .filter("emails[type eq \"work\"]")
            .invoke(UserResource.class)
            .getTotalResults());
    assertEquals(
        List.of(created.getId()),
        scim
            .searchRequest("Users")
            .filter("emails[type eq \"home\"]")
            .invoke(UserResource.class)
            .getResources()
            .stream()
            .map(UserResource::getId)
            .toList());

    // A home address is not a work address.
    ListResponse<UserResource> notWork =
        scim.searchRequest("Users")
            .filter("emails[type eq \"work\" and value eq \"" + prefix + "@home.example\"]")
            .invoke(UserResource.class);
    assertEquals(0, notWork.getTotalResults());

    ListResponse<UserResource> firstPage =
        scim.searchRequest("Users")
            .filter(Filter.co("userName", prefix + "."))
            .sort("userName", SortOrder.ASCENDING)
            .page(1, 2)
            .invoke(UserResource.class);
    assertEquals(4, firstPage.getTotalResults());
    assertEquals(1, firstPage.getStartIndex());
    assertEquals(2, firstPage.getItemsPerPage());
    assertEquals(
        List.of(prefix + ".alice", prefix + ".Barbara"),
        firstPage.getResources().stream().map(UserResource::getUserName).toList());
    ListResponse<UserResource> secondPage =
        scim.searchRequest("Users")
            .filter(Filter.co("userName", prefix + "."))
            .sort("userName", SortOrder.ASCENDING)
            .page(3, 2)
            .invoke(UserResource.class);
    assertEquals(
        List.of(prefix + ".carol", prefix + ".dave"),
        secondPage.getResources().stream().map(UserResource::getUserName).toList());
    ListResponse<UserResource> descending =
        scim.searchRequest("Users")
            .filter(Filter.sw("userName", prefix))
            .sort("userName", SortOrder.DESCENDING)
            .page(1, 1)
            .invoke(UserResource.class);
    assertEquals(prefix + ".dave", descending.getResources().get(0).getUserName());

    ListResponse<UserResource> onlyNames =
        scim.searchRequest("Users")
            .filter(Filter.eq("userName", prefix + ".barbara"))
            .attributes("userName")
            .invoke(UserResource.class);
    assertEquals(prefix + ".Barbara", onlyNames.getResources().get(0).getUserName());
    assertNull(onlyNames.getResources().get(0).getEmails(), "attributes=userName");
    assertEquals(created.getId(), onlyNames.getResources().get(0).getId(), "id is always returned");

    // PATCH (RFC 7644 §3.5.2): replace, add, remove with a value filter, replace through one.
    UserResource patched =
        scim.modifyRequest(read)
            .replaceValue("displayName", "Barbara J.")
            .addValues("emails", new Email().setValue(prefix + "@other.example").setType("other"))
            .removeValues("emails[type eq \"home\"]")
            .replaceValue("emails[type eq \"work\"].value", prefix + "@new-work.example")
            .invoke();
    assertEquals("Barbara J.", patched.getDisplayName());
    assertEquals(
        List.of(prefix + "@new-work.example", prefix + "@other.example"),
        patched.getEmails().stream().map(Email::getValue).sorted().toList());
    assertNotEquals(read.getMeta().getVersion(), patched.getMeta().getVersion());
    UserResource afterPatch = scim.retrieve(patched);
    assertEquals("Barbara J.", afterPatch.getDisplayName());
    assertEquals(2, afterPatch.getEmails().size());

    // PUT (RFC 7644 §3.5.1): what is not given is cleared.
    afterPatch
        .setName(new Name().setGivenName("Barb").setFamilyName("Jensen-Smith"))
        .setDisplayName(null)
        .setEmails(List.of(new Email().setValue(prefix + "@only.example").setType(WORK)));
    UserResource replaced = scim.replace(afterPatch);
    assertEquals("Jensen-Smith", replaced.getName().getFamilyName());
    assertNull(replaced.getDisplayName());
    assertEquals(1, replaced.getEmails().size());
    assertEquals(prefix + "@only.example", replaced.getEmails().get(0).getValue());
    assertEquals(created.getId(), replaced.getId());

    scim.delete(replaced);
    assertThrows(
        ResourceNotFoundException.class,
        () -> scim.retrieve("Users", created.getId(), UserResource.class));
    assertEquals(
        3,
        scim.searchRequest("Users")
            .filter(Filter.co("userName", prefix))
            .invoke(UserResource.class)
            .getTotalResults());
  }

  @Test
  void groupCreatePatchMembersDelete() throws ScimException {
    UserResource ann = scim.create("Users", user("ann", "ann@example.com"));
    UserResource bob = scim.create("Users", user("bob", "bob@example.com"));

    GroupResource group =
        scim.create(
            "Groups",
            new GroupResource()
                .setDisplayName("Auditors")
                .setMembers(new Member().setValue(ann.getId())));
    assertNotNull(group.getId());
    assertEquals("Group", group.getMeta().getResourceType());
    assertEquals(List.of(ann.getId()), memberIds(group));

    GroupResource withBob =
        scim.modifyRequest(group).addValues("members", new Member().setValue(bob.getId())).invoke();
    assertEquals(List.of(ann.getId(), bob.getId()).stream().sorted().toList(), memberIds(withBob));

    GroupResource withoutAnn =
        scim.modifyRequest(withBob)
            .removeValues("members[value eq \"" + ann.getId() + "\"]")
            .invoke();
    assertEquals(List.of(bob.getId()), memberIds(scim.retrieve(withoutAnn)));

    // The user's groups attribute (RFC 7643 §4.1.2) follows the membership.
    UserResource bobNow = scim.retrieve("Users", bob.getId(), UserResource.class);
    assertEquals(1, bobNow.getGroups().size());
    assertEquals(group.getId(), bobNow.getGroups().get(0).getValue());
    assertEquals("Auditors", bobNow.getGroups().get(0).getDisplay());
    UserResource annNow = scim.retrieve("Users", ann.getId(), UserResource.class);
    assertTrue(annNow.getGroups() == null || annNow.getGroups().isEmpty());

    ListResponse<GroupResource> found =
        scim.searchRequest("Groups")
            .filter(Filter.eq("displayName", "auditors"))
            .invoke(GroupResource.class);
    assertEquals(1, found.getTotalResults());

    scim.delete(withoutAnn);
    assertThrows(
        ResourceNotFoundException.class,
        () -> scim.retrieve("Groups", group.getId(), GroupResource.class));
    UserResource bobAfter = scim.retrieve("Users", bob.getId(), UserResource.class);
    assertTrue(bobAfter.getGroups() == null || bobAfter.getGroups().isEmpty());
  }

  @Test
  void staleVersionIsAPreconditionFailure() throws ScimException {
    UserResource v1 = scim.create("Users", user("etag", "etag@example.com"));
    UserResource v2 =
        scim.modifyRequest(v1).ifMatch().replaceValue("displayName", "First").invoke();
    assertNotEquals(v1.getMeta().getVersion(), v2.getMeta().getVersion());

    // RFC 7644 §3.14: If-Match with a version that is no longer current gives 412.
    PreconditionFailedException patch =
        assertThrows(
            PreconditionFailedException.class,
            () -> scim.modifyRequest(v1).ifMatch().replaceValue("displayName", "Lost").invoke());
    assertEquals(412, patch.getScimError().getStatus());
    assertThrows(
        PreconditionFailedException.class,
        () -> scim.replaceRequest(v1.setDisplayName("Lost too")).ifMatch().invoke());
    assertThrows(
        PreconditionFailedException.class,
        () -> scim.deleteRequest(v1).ifMatch(v1.getMeta().getVersion()).invoke());

    UserResource current = scim.retrieve("Users", v1.getId(), UserResource.class);
    assertEquals("First", current.getDisplayName());
    assertEquals(v2.getMeta().getVersion(), current.getMeta().getVersion());
    scim.deleteRequest(current).ifMatch(current.getMeta().getVersion()).invoke();
  }

  @Test
  void userNameIsUniqueRegardlessOfCase() throws ScimException {
    scim.create("Users", user("Unique.Name", "u1@example.com"));
    ResourceConflictException conflict =
        assertThrows(
            ResourceConflictException.class,
            () -> scim.create("Users", user("unique.NAME", "u2@example.com")));
    assertEquals(409, conflict.getScimError().getStatus());
    assertEquals("uniqueness", conflict.getScimError().getScimType());
  }

  @Test
  void rolesAreReturnedWithTheUser() throws ScimException {
    UserResource created =
        scim.create(
            "Users",
            user("roles", "roles@example.com")
                .setRoles(new Role().setValue("editor"), new Role().setValue("viewer")));
    UserResource read = scim.retrieve("Users", created.getId(), UserResource.class);
    assertEquals(
        List.of("editor", "viewer"),
        read.getRoles().stream().map(Role::getValue).sorted().toList());

    UserResource fewer =
        scim.modifyRequest(read).removeValues("roles[value eq \"viewer\"]").invoke();
    assertEquals(List.of("editor"), fewer.getRoles().stream().map(Role::getValue).toList());
  }

  @Test
  void discoveryEndpointsDescribeWhatIsSupported() throws ScimException {
    ServiceProviderConfigResource config = scim.getServiceProviderConfig();
    assertTrue(config.getPatch().isSupported());
    assertTrue(config.getFilter().isSupported());
    assertTrue(config.getFilter().getMaxResults() > 0);
    assertTrue(config.getSort().isSupported());
    assertTrue(config.getEtag().isSupported());
    assertFalse(config.getAuthenticationSchemes().isEmpty());

    List<String> types =
        scim.getResourceTypes().getResources().stream()
            .map(ResourceTypeResource::getName)
            .sorted()
            .toList();
    assertEquals(List.of("Group", "User"), types);
    assertEquals("User", scim.getSchema("urn:ietf:params:scim:schemas:core:2.0:User").getName());
    assertEquals("Group", scim.getSchema("urn:ietf:params:scim:schemas:core:2.0:Group").getName());
  }

  @Test
  void anotherTenantsUsersAreNotFound() throws ScimException {
    UserResource mine = scim.create("Users", user("isolated", "isolated@example.com"));
    ScimService other = scimOf(createTenant("scim-other"));
    assertThrows(
        ResourceNotFoundException.class,
        () -> other.retrieve("Users", mine.getId(), UserResource.class));
    assertEquals(
        0,
        other
            .searchRequest("Users")
            .filter(Filter.eq("userName", "isolated"))
            .invoke(UserResource.class)
            .getTotalResults());
    assertThrows(ResourceNotFoundException.class, () -> other.delete("Users", mine.getId()));
    assertEquals("isolated", scim.retrieve(mine).getUserName());
  }

  private ScimService scimOf(String tenantId) {
    ClientRequestFilter authorization =
        request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, bearer);
    return new ScimService(
        client.target(platform.issuer(tenantId) + "/scim/v2").register(authorization));
  }

  private String createTenant(String prefix) {
    return Tenants.create(platform, bearer, prefix + "-");
  }

  private static UserResource user(String userName, String workEmail) {
    return new UserResource()
        .setUserName(userName)
        .setEmails(new Email().setValue(workEmail).setType(WORK).setPrimary(true));
  }

  private static List<String> memberIds(GroupResource group) {
    return group.getMembers() == null
        ? List.of()
        : group.getMembers().stream().map(Member::getValue).sorted().toList();
  }
}
