package org.portcullis.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  private static final JsonObject USER =
      PatchTest.json(
          "{'schemas':['s'],'id':'1','userName':'pat','name':{'givenName':'P','familyName':'D'},"
              + "'emails':[{'value':'a@b.c','type':'work'}],'meta':{'version':'v'}}");

  @Test
  void attributesKeepOnlyThoseNamedPlusIdAndSchemas() {
    JsonObject projected =
        Projection.of("userName,name.familyName,emails.value", null).apply(USER, ScimSchemas.USERS);
    assertEquals(Set.of("schemas", "id", "userName", "name", "emails"), projected.keySet());
    assertEquals(Set.of("familyName"), projected.getJsonObject("name").keySet());
    assertEquals(Set.of("value"), projected.getJsonArray("emails").getJsonObject(0).keySet());
  }

  @Test
  void excludedAttributesLeaveThoseOutButNeverTheId() {
    JsonObject projected =
        Projection.of(null, "meta, ID ,name.givenName").apply(USER, ScimSchemas.USERS);
    assertFalse(projected.containsKey("meta"));
    assertTrue(projected.containsKey("id"));
    assertEquals(Set.of("familyName"), projected.getJsonObject("name").keySet());
  }

  @Test
  void fullyQualifiedNamesAndAnyCaseWork() {
    JsonObject projected =
        Projection.of("urn:ietf:params:scim:schemas:core:2.0:User:USERNAME", null)
            .apply(USER, ScimSchemas.USERS);
    assertEquals(Set.of("schemas", "id", "userName"), projected.keySet());
  }

  @Test
  void includesTellsWhetherToLoadAnAttribute() {
    assertTrue(Projection.DEFAULT.includes("members"));
    assertFalse(Projection.of(null, "members").includes("members"));
    assertTrue(Projection.of("members.value", null).includes("members"));
    assertFalse(Projection.of("displayName", null).includes("members"));
  }

  @Test
  void bothAtOnceIsInvalidValue() {
    assertEquals(
        "invalidValue",
        assertThrows(ScimException.class, () -> Projection.of("a", "b")).scimType());
  }
}
