package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SCIM 2.0 server seen from outside (RFC 7643, RFC 7644): every resource operation, the filter
 * grammar against the database, sorting and paging, projections, ETags, every error type, and
 * tenants that cannot see each other's resources.
 */
class ScimApiIT {

  private static final String SCIM = "application/scim+json";
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final Platform platform = Platform.get();
  private final String bearer = "Bearer " + Tokens.platformAdmin(platform);
  private String scim;

  /** The tenant of the read-only filter tests, with {@link #fourUsers()}, made once. */
  private static String fourUsersScim;

  @BeforeEach
  void freshTenant() {
    scim = newTenant();
  }

  private String newTenant() {
    return platform.issuer(Tenants.create(platform, bearer, "scim-")) + "/scim/v2";
  }

  /** Switches to the shared tenant of the read-only tests, filling it the first time. */
  private synchronized void useFourUsersTenant() {
    if (fourUsersScim == null) {
      fourUsers();
      fourUsersScim = scim;
    }
    scim = fourUsersScim;
  }

  // --- resources ---

  @Test
  void aCreatedUserIsReadBackWithMetaLocationAndETagButNeverItsPassword() {
    var created =
        post(
            "/Users",
            user("bjensen", "\"password\":\"a long passphrase of mine\",\"displayName\":\"Babs\""));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Content-Type").orElse("").startsWith(SCIM));
    Map<String, Object> body = Http.json(created);
    String id = (String) body.get("id");
    assertEquals(scim + "/Users/" + id, created.headers().firstValue("Location").orElseThrow());
    Map<String, Object> meta = map(body.get("meta"));
    assertEquals("User", meta.get("resourceType"));
    assertEquals(created.headers().firstValue("ETag").orElseThrow(), meta.get("version"));
    assertNotNull(meta.get("created"));
    assertFalse(created.body().contains("password"), created.body());

    var read = get("/Users/" + id);
    assertEquals(200, read.statusCode());
    assertEquals("bjensen", Http.json(read).get("userName"));
    assertFalse(read.body().contains("passphrase"));
    assertFalse(
        get("/Users?filter=" + enc("userName eq \"bjensen\"") + "&attributes=password")
            .body()
            .contains("password\":"));
  }

  @Test
  void passwordsGoThroughTheTenantsPolicyAndAreNeverEchoed() {
    var weak = post("/Users", user("weakling", "\"password\":\"password\""));
    assertEquals(400, weak.statusCode(), weak.body());
    assertEquals("invalidValue", Http.json(weak).get("scimType"));
    assertFalse(weak.body().contains("\"password\""), weak.body());
    assertEquals(0, total(get("/Users?filter=" + enc("userName eq \"weakling\""))));

    String id = create("strong", "\"password\":\"a long passphrase of mine\"");
    var weakPatch = patch("/Users/" + id, op("replace", "password", "\"strong12\""));
    assertEquals(400, weakPatch.statusCode(), weakPatch.body());
    assertEquals("invalidValue", Http.json(weakPatch).get("scimType"));
    var goodPatch = patch("/Users/" + id, op("replace", "password", "\"another fine passphrase\""));
    assertEquals(200, goodPatch.statusCode(), goodPatch.body());
    assertFalse(goodPatch.body().contains("passphrase"));
  }

  @Test
  void putReplacesTheUserAndDeleteRemovesIt() {
    String id = create("jsmith", "\"emails\":[{\"value\":\"j@example.com\",\"type\":\"work\"}]");
    var replaced =
        send("PUT", "/Users/" + id, user("JSmith", "\"displayName\":\"John\",\"active\":false"));
    assertEquals(200, replaced.statusCode(), replaced.body());
    Map<String, Object> body = Http.json(replaced);
    assertEquals("JSmith", body.get("userName"));
    assertEquals(false, body.get("active"));
    assertNull(body.get("emails"), "PUT replaces: emails not given are gone");

    assertEquals(204, Http.delete(URI.create(scim + "/Users/" + id), auth()).statusCode());
    var gone = get("/Users/" + id);
    assertEquals(404, gone.statusCode());
    assertEquals("404", Http.json(gone).get("status"));
  }

  @Test
  void groupsHaveMembersAndUsersShowTheirGroupsAndRoles() {
    String alice = create("alice", "\"roles\":[{\"value\":\"reader\"}]");
    String bob = create("bob", "");
    var group =
        post(
            "/Groups",
            "{\"schemas\":[\""
                + GROUP
                + "\"],\"displayName\":\"Editors\",\"members\":[{\"value\":\""
                + alice
                + "\"}]}");
    assertEquals(201, group.statusCode(), group.body());
    String groupId = (String) Http.json(group).get("id");

    var added = patch("/Groups/" + groupId, op("add", "members", "[{\"value\":\"" + bob + "\"}]"));
    assertEquals(200, added.statusCode(), added.body());
    assertEquals(2, list(Http.json(added).get("members")).size());

    Map<String, Object> aliceNow = Http.json(get("/Users/" + alice));
    assertEquals("Editors", map(list(aliceNow.get("groups")).get(0)).get("display"));
    assertEquals("reader", map(list(aliceNow.get("roles")).get(0)).get("value"));

    var removed =
        patch("/Groups/" + groupId, op("remove", "members[value eq \"" + alice + "\"]", null));
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(Set.of("bob"), displays(Http.json(removed).get("members")));

    var byMember = get("/Groups?filter=" + enc("members.value eq \"" + bob + "\""));
    assertEquals(1, total(byMember));
    var withoutMembers = get("/Groups/" + groupId + "?excludedAttributes=members");
    assertFalse(withoutMembers.body().contains("\"members\""), withoutMembers.body());

    assertEquals(204, Http.delete(URI.create(scim + "/Groups/" + groupId), auth()).statusCode());
    assertEquals(200, get("/Users/" + bob).statusCode(), "members outlive their group");
  }

  // --- PATCH paths ---

  @Test
  void patchWithValueFilterPathsChangesOnlyTheSelectedValues() {
    String id =
        create(
            "pat",
            "\"emails\":[{\"value\":\"pat@work.example\",\"type\":\"work\",\"primary\":true},"
                + "{\"value\":\"pat@home.example\",\"type\":\"home\"}]");
    var patched =
        patch(
            "/Users/" + id,
            ops(
                opJson("replace", "emails[type eq \"work\"].value", "\"pat@new.example\""),
                opJson("remove", "emails[type eq \"home\"]", null),
                opJson("add", "name.givenName", "\"Pat\""),
                opJson("replace", null, "{\"active\":\"False\",\"displayName\":\"P\"}")));
    assertEquals(200, patched.statusCode(), patched.body());
    Map<String, Object> body = Http.json(patched);
    List<Object> emails = list(body.get("emails"));
    assertEquals(1, emails.size());
    assertEquals("pat@new.example", map(emails.get(0)).get("value"));
    assertEquals("Pat", map(body.get("name")).get("givenName"));
    assertEquals(false, body.get("active"));
    assertEquals("P", body.get("displayName"));
  }

  @Test
  void patchAddingAPrimaryEmailMakesTheOthersNonPrimary() {
    String id = create("prim", "\"emails\":[{\"value\":\"a@x.example\",\"primary\":true}]");
    var patched =
        patch(
            "/Users/" + id, op("add", "emails", "[{\"value\":\"b@x.example\",\"primary\":true}]"));
    assertEquals(200, patched.statusCode(), patched.body());
    long primaries =
        list(Http.json(patched).get("emails")).stream()
            .filter(e -> Boolean.TRUE.equals(map(e).get("primary")))
            .count();
    assertEquals(1, primaries);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "replace|emails[type eq \"other\"].value|noTarget",
        "remove|emails[type eq \"other\"]|noTarget",
        "remove||noTarget",
        "replace|nickName|invalidPath",
        "replace|name.middle|invalidPath",
        "replace|userName[value eq \"x\"]|invalidPath",
        "replace|emails[type eq |invalidPath",
        "replace|emails.value|invalidPath",
        "replace|id|mutability",
        "replace|meta.created|mutability",
        "add|groups|mutability",
        "replace|emails[display eq \"x\"]|invalidPath",
      })
  void patchPathEdgeCasesAnswerTheirScimType(String op, String path, String scimType) {
    String id = create("edge", "\"emails\":[{\"value\":\"e@x.example\",\"type\":\"work\"}]");
    var before = Http.json(get("/Users/" + id));
    var refused = patch("/Users/" + id, op(op, path, op.equals("remove") ? null : "\"v\""));
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(scimType, Http.json(refused).get("scimType"), refused.body());
    assertEquals(before, Http.json(get("/Users/" + id)), "nothing was written");
  }

  @Test
  void aPatchThatFailsHalfWayWritesNothing() {
    String id = create("atomic", "");
    var refused =
        patch(
            "/Users/" + id,
            ops(
                opJson("replace", "displayName", "\"Changed\""),
                opJson("add", "roles", "[{\"value\":\"admin\"}]"),
                opJson("replace", "emails[type eq \"work\"].value", "\"x@y.example\"")));
    assertEquals(400, refused.statusCode());
    Map<String, Object> unchanged = Http.json(get("/Users/" + id));
    assertNull(unchanged.get("displayName"));
    assertNull(unchanged.get("roles"));
  }

  @Test
  void aChangeRefusedByTheDatabaseStageRollsBackWhatWasWrittenBefore() {
    create("taken", "");
    String id = create("renamer", "");
    var refused =
        patch(
            "/Users/" + id,
            ops(
                opJson("replace", "displayName", "\"Written first\""),
                opJson("replace", "userName", "\"TAKEN\"")));
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals("uniqueness", Http.json(refused).get("scimType"));
    Map<String, Object> unchanged = Http.json(get("/Users/" + id));
    assertNull(unchanged.get("displayName"), "the describe before the rename was rolled back");
    assertEquals("renamer", unchanged.get("userName"));
  }

  @Test
  void malformedBodiesAreInvalidSyntaxOrInvalidValue() {
    assertEquals("invalidSyntax", scimType(post("/Users", "{not json")));
    assertEquals("invalidSyntax", scimType(post("/Users", "{\"userName\":\"noschema\"}")));
    assertEquals("invalidValue", scimType(post("/Users", user("x", "\"active\":\"maybe\""))));
    assertEquals("invalidValue", scimType(post("/Users", "{\"schemas\":[\"" + USER + "\"]}")));
    assertEquals(
        "invalidValue",
        scimType(post("/Users", user("y", "\"emails\":[{\"value\":\"not-an-address\"}]"))));
    String id = create("p", "");
    assertEquals(
        "invalidSyntax",
        scimType(
            patch(
                "/Users/" + id,
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"move\"}]}")));
  }

  @Test
  void userNamesAreUniqueWithoutRegardToCase() {
    create("Unique", "");
    var duplicate = post("/Users", user("UNIQUE", ""));
    assertEquals(409, duplicate.statusCode());
    assertEquals("uniqueness", Http.json(duplicate).get("scimType"));
  }

  // --- ETags ---

  @Test
  void ifMatchWithAStaleVersionIs412AndIfNoneMatchIs304() {
    var created = post("/Users", user("etag", ""));
    String id = (String) Http.json(created).get("id");
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("W/\""), etag);

    var changed =
        Http.send(
            "PATCH",
            URI.create(scim + "/Users/" + id),
            SCIM,
            op("replace", "displayName", "\"One\""),
            "Authorization",
            bearer,
            "If-Match",
            etag);
    assertEquals(200, changed.statusCode(), changed.body());
    String newer = changed.headers().firstValue("ETag").orElseThrow();
    assertFalse(newer.equals(etag));

    var stale =
        Http.send(
            "PATCH",
            URI.create(scim + "/Users/" + id),
            SCIM,
            op("replace", "displayName", "\"Two\""),
            "Authorization",
            bearer,
            "If-Match",
            etag);
    assertEquals(412, stale.statusCode(), stale.body());
    var staleDelete =
        Http.delete(URI.create(scim + "/Users/" + id), "Authorization", bearer, "If-Match", etag);
    assertEquals(412, staleDelete.statusCode());
    assertEquals("One", Http.json(get("/Users/" + id)).get("displayName"));

    var notModified =
        Http.get(
            URI.create(scim + "/Users/" + id), "Authorization", bearer, "If-None-Match", newer);
    assertEquals(304, notModified.statusCode());
  }

  // --- filters ---

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "userName eq \"ANNA\"|anna",
        "userName ne \"anna\"|ben,cleo,dan_x",
        "userName co \"n\"|anna,ben,dan_x",
        "userName sw \"b\"|ben",
        "userName ew \"A\"|anna",
        "userName gt \"ben\"|cleo,dan_x",
        "userName ge \"ben\"|ben,cleo,dan_x",
        "userName lt \"ben\"|anna",
        "userName le \"ben\"|anna,ben",
        "displayName pr|anna,ben",
        "not (displayName pr)|cleo,dan_x",
        "userName co \"_\"|dan_x",
        "userName co \"%\"|''",
        "active eq false|cleo",
        "active ne false|anna,ben,dan_x",
        "externalId eq \"EXT-1\"|anna",
        "externalId eq \"ext-1\"|''",
        "emails pr|anna,ben",
        "emails co \"@work\"|anna",
        "emails.type eq \"home\"|ben",
        "emails[type eq \"work\" and value sw \"anna\"]|anna",
        "emails[type eq \"work\" and value sw \"ben\"]|''",
        "roles.value eq \"auditor\"|ben",
        "roles eq \"auditor\"|ben",
        "name.familyName eq \"SMITH\"|anna",
        "userName eq \"anna\" or userName eq \"ben\" and active eq true|anna,ben",
        "(userName eq \"anna\" or userName eq \"cleo\") and active eq true|anna",
        "not (userName eq \"anna\" or emails pr)|cleo,dan_x",
        "meta.created gt \"2000-01-01T00:00:00Z\"|anna,ben,cleo,dan_x",
        "meta.lastModified lt \"2000-01-01T00:00:00Z\"|''",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"cleo\"|cleo",
        "USERNAME EQ \"cleo\"|cleo",
      })
  void filtersSelectInTheDatabase(String filter, String expected) {
    useFourUsersTenant();
    var found = get("/Users?filter=" + enc(filter) + "&attributes=userName");
    assertEquals(200, found.statusCode(), found.body());
    Set<String> names =
        resources(found).stream().map(r -> (String) r.get("userName")).collect(Collectors.toSet());
    Set<String> wanted = expected.isEmpty() ? Set.of() : Set.of(expected.split(","));
    assertEquals(wanted, names, filter);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "userName eq",
        "userName xx \"a\"",
        "(userName eq \"a\"",
        "nickName eq \"a\"",
        "name eq \"a\"",
        "password eq \"a\"",
        "active gt true",
        "active eq \"yes\"",
        "meta.created gt \"yesterday\"",
        "userName eq \"a\" and",
        "emails[type eq \"work\"].value eq \"a\"",
        "urn:example:Other:userName eq \"a\"",
      })
  void malformedOrUnsupportedFiltersAreInvalidFilter(String filter) {
    useFourUsersTenant();
    var refused = get("/Users?filter=" + enc(filter));
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("invalidFilter", Http.json(refused).get("scimType"), filter);
  }

  @Test
  void aFilterWithTooManyComparisonsIsTooMany() {
    String filter =
        java.util.stream.IntStream.range(0, 70)
            .mapToObj(i -> "userName eq \"u" + i + "\"")
            .collect(Collectors.joining(" or "));
    var refused = get("/Users?filter=" + enc(filter));
    assertEquals(400, refused.statusCode());
    assertEquals("tooMany", Http.json(refused).get("scimType"));
  }

  // --- sorting, paging, projection ---

  @Test
  void sortedPagesWithTotalResults() {
    useFourUsersTenant();
    var first = get("/Users?sortBy=userName&sortOrder=descending&startIndex=1&count=2");
    Map<String, Object> page = Http.json(first);
    assertEquals(4L, ((Number) page.get("totalResults")).longValue());
    assertEquals(2L, ((Number) page.get("itemsPerPage")).longValue());
    assertEquals(List.of("dan_x", "cleo"), userNames(first));
    var second = get("/Users?sortBy=userName&sortOrder=descending&startIndex=3&count=2");
    assertEquals(List.of("ben", "anna"), userNames(second));
    assertEquals(3L, ((Number) Http.json(second).get("startIndex")).longValue());
    var onlyTotal = Http.json(get("/Users?count=0"));
    assertEquals(4L, ((Number) onlyTotal.get("totalResults")).longValue());
    assertTrue(list(onlyTotal.get("Resources")).isEmpty());
    var byDisplayName = get("/Users?sortBy=displayName&filter=" + enc("displayName pr"));
    assertEquals(List.of("anna", "ben"), userNames(byDisplayName));
    assertEquals(400, get("/Users?sortBy=emails").statusCode());
    assertEquals(400, get("/Users?sortOrder=sideways").statusCode());
    var search =
        post(
            "/Users/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"userName sw \\\"c\\\"\",\"attributes\":[\"userName\"]}");
    assertEquals(200, search.statusCode(), search.body());
    assertEquals(List.of("cleo"), userNames(search));
  }

  @Test
  void attributesAndExcludedAttributesShapeTheResponse() {
    useFourUsersTenant();
    String q = "/Users?filter=" + enc("userName eq \"anna\"");
    Map<String, Object> only =
        resources(get(q + "&attributes=name.familyName,emails.value")).get(0);
    assertEquals(Set.of("schemas", "id", "name", "emails"), only.keySet());
    assertEquals(Set.of("familyName"), map(only.get("name")).keySet());
    assertEquals(Set.of("value"), map(list(only.get("emails")).get(0)).keySet());
    Map<String, Object> without = resources(get(q + "&excludedAttributes=emails,meta")).get(0);
    assertFalse(without.containsKey("emails"));
    assertFalse(without.containsKey("meta"));
    assertTrue(without.containsKey("userName"));
    assertTrue(without.containsKey("id"), "id is always returned");
  }

  // --- discovery ---

  @Test
  void discoveryEndpointsTellWhatIsSupported() {
    Map<String, Object> config = Http.json(Http.get(URI.create(scim + "/ServiceProviderConfig")));
    assertEquals(true, map(config.get("patch")).get("supported"));
    assertEquals(false, map(config.get("bulk")).get("supported"));
    assertEquals(true, map(config.get("etag")).get("supported"));
    assertEquals(true, map(config.get("sort")).get("supported"));
    assertEquals(200L, ((Number) map(config.get("filter")).get("maxResults")).longValue());
    var types = Http.json(Http.get(URI.create(scim + "/ResourceTypes")));
    assertEquals(2L, ((Number) types.get("totalResults")).longValue());
    var schemas = Http.json(Http.get(URI.create(scim + "/Schemas")));
    Map<String, Object> userSchema =
        map(
            list(schemas.get("Resources")).stream()
                .filter(s -> USER.equals(map(s).get("id")))
                .findFirst()
                .orElseThrow());
    Set<String> names =
        list(userSchema.get("attributes")).stream()
            .map(a -> (String) map(a).get("name"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "userName", "name", "displayName", "active", "password", "emails", "groups", "roles"),
        names);
    assertEquals(200, Http.get(URI.create(scim + "/Schemas/" + GROUP)).statusCode());
  }

  // --- security and isolation ---

  @Test
  void withoutATokenTheAnswerIs401InScimFormat() {
    var refused = Http.get(URI.create(scim + "/Users"));
    assertEquals(401, refused.statusCode());
    assertEquals("401", Http.json(refused).get("status"));
    assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void anotherTenantsUsersAndGroupsDoNotExistHere() {
    String id = create("mine", "");
    String otherScim = newTenant();
    assertEquals(404, Http.get(URI.create(otherScim + "/Users/" + id), auth()).statusCode());
    var listed =
        Http.get(URI.create(otherScim + "/Users?filter=" + enc("userName eq \"mine\"")), auth());
    assertEquals(0L, ((Number) Http.json(listed).get("totalResults")).longValue());
    assertEquals(
        404,
        Http.send(
                "PATCH",
                URI.create(otherScim + "/Users/" + id),
                SCIM,
                op("replace", "displayName", "\"x\""),
                auth())
            .statusCode());
    assertEquals(404, Http.delete(URI.create(otherScim + "/Users/" + id), auth()).statusCode());
    assertEquals(200, get("/Users/" + id).statusCode(), "still there in its own tenant");
    var memberFromElsewhere =
        Http.send(
            "POST",
            URI.create(otherScim + "/Groups"),
            SCIM,
            "{\"schemas\":[\""
                + GROUP
                + "\"],\"displayName\":\"G\",\"members\":[{\"value\":\""
                + id
                + "\"}]}",
            auth());
    assertEquals(400, memberFromElsewhere.statusCode(), memberFromElsewhere.body());
    assertEquals("invalidValue", Http.json(memberFromElsewhere).get("scimType"));
  }

  // --- helpers ---

  private void fourUsers() {
    create(
        "anna",
        "\"externalId\":\"EXT-1\",\"displayName\":\"Anna\",\"name\":{\"familyName\":\"Smith\"},"
            + "\"emails\":[{\"value\":\"anna@work.example\",\"type\":\"work\"}]");
    create(
        "ben",
        "\"displayName\":\"Ben\",\"roles\":[{\"value\":\"auditor\"}],"
            + "\"emails\":[{\"value\":\"ben@home.example\",\"type\":\"home\"}]");
    create("cleo", "\"active\":false");
    create("dan_x", "");
  }

  private String create(String userName, String more) {
    var created = post("/Users", user(userName, more));
    assertEquals(201, created.statusCode(), created.body());
    return (String) Http.json(created).get("id");
  }

  private static String user(String userName, String more) {
    return "{\"schemas\":[\""
        + USER
        + "\"],\"userName\":\""
        + userName
        + "\""
        + (more.isEmpty() ? "" : "," + more)
        + "}";
  }

  private static String op(String op, String path, String value) {
    return ops(opJson(op, path, value));
  }

  private static String opJson(String op, String path, String value) {
    StringBuilder json = new StringBuilder("{\"op\":\"").append(op).append('"');
    if (path != null && !path.isEmpty()) {
      json.append(",\"path\":\"").append(path.replace("\"", "\\\"")).append('"');
    }
    if (value != null) {
      json.append(",\"value\":").append(value);
    }
    return json.append('}').toString();
  }

  private static String ops(String... operations) {
    return "{\"schemas\":[\""
        + PATCH_OP
        + "\"],\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  private HttpResponse<String> get(String path) {
    return Http.get(URI.create(scim + path), auth());
  }

  private HttpResponse<String> post(String path, String body) {
    return Http.send("POST", URI.create(scim + path), SCIM, body, auth());
  }

  private HttpResponse<String> patch(String path, String body) {
    return send("PATCH", path, body);
  }

  private HttpResponse<String> send(String method, String path, String body) {
    return Http.send(method, URI.create(scim + path), SCIM, body, auth());
  }

  private String[] auth() {
    return new String[] {"Authorization", bearer};
  }

  private static String scimType(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    return (String) Http.json(response).get("scimType");
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long total(HttpResponse<String> response) {
    return ((Number) Http.json(response).get("totalResults")).longValue();
  }

  private static List<Map<String, Object>> resources(HttpResponse<String> response) {
    return list(Http.json(response).get("Resources")).stream().map(ScimApiIT::map).toList();
  }

  private static List<String> userNames(HttpResponse<String> response) {
    return resources(response).stream().map(r -> (String) r.get("userName")).toList();
  }

  private static Set<String> displays(Object members) {
    return list(members).stream()
        .map(m -> (String) map(m).get("display"))
        .collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }
}
