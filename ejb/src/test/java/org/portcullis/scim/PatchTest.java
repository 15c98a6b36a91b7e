package org.portcullis.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PatchTest {

  private static final JsonObject USER =
      json(
          "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'1','userName':'pat',"
              + "'name':{'givenName':'Pat','familyName':'Doe'},"
              + "'emails':[{'value':'p@work.example','type':'work','primary':true},"
              + "{'value':'p@home.example','type':'home','primary':false}],"
              + "'roles':[{'value':'reader','display':'reader'}],"
              + "'groups':[{'value':'g1','display':'G'}],'meta':{'version':'W1'}}");

  @Test
  void replaceWithAValueFilterAndSubAttributeChangesOnlyTheMatchedValue() {
    JsonObject patched =
        apply(op("replace", "emails[type eq \"work\"].value", "'new@work.example'"));
    assertEquals(
        "new@work.example", patched.getJsonArray("emails").getJsonObject(0).getString("value"));
    assertEquals(
        "p@home.example", patched.getJsonArray("emails").getJsonObject(1).getString("value"));
  }

  @Test
  void removeWithAValueFilterRemovesTheMatchedValues() {
    JsonObject patched =
        apply(op("remove", "emails[type eq \"home\" or value ew \"home.example\"]", null));
    assertEquals(1, patched.getJsonArray("emails").size());
  }

  @Test
  void removeOfASubAttributeOfMatchedValuesKeepsTheValues() {
    JsonObject patched = apply(op("remove", "emails[type eq \"work\"].type", null));
    assertFalse(patched.getJsonArray("emails").getJsonObject(0).containsKey("type"));
  }

  @Test
  void replaceOfAComplexAttributeMergesItsSubAttributes() {
    JsonObject patched = apply(op("replace", "name", "{'givenName':'Patricia'}"));
    assertEquals("Patricia", patched.getJsonObject("name").getString("givenName"));
    assertEquals("Doe", patched.getJsonObject("name").getString("familyName"));
  }

  @Test
  void withoutAPathEachKeyIsAPathEvenDottedOnesAndCaseDoesNotMatter() {
    JsonObject patched = apply(op("Replace", null, "{'NAME.givenName':'P','DisplayName':'D'}"));
    assertEquals("P", patched.getJsonObject("name").getString("givenName"));
    assertEquals("D", patched.getString("displayName"));
  }

  @Test
  void removingValuesNamedInTheValueIsHowSomeClientsRemoveMembers() {
    JsonObject patched = apply(op("remove", "roles", "[{'value':'reader'}]"));
    assertEquals(0, patched.getJsonArray("roles").size());
  }

  @Test
  void addAppendsWithoutDuplicatesAndReplaceOfAMultiValuedAttributeReplacesAll() {
    JsonObject added =
        apply(op("add", "roles", "[{'value':'writer'},{'value':'reader','display':'reader'}]"));
    assertEquals(2, added.getJsonArray("roles").size());
    JsonObject replaced = apply(op("replace", "roles", "[{'value':'only'}]"));
    assertEquals(1, replaced.getJsonArray("roles").size());
  }

  @Test
  void errorsCarryTheirScimType() {
    assertEquals("noTarget", refused(op("remove", null, null)));
    assertEquals("noTarget", refused(op("replace", "emails[type eq \"other\"].value", "'x'")));
    assertEquals("invalidPath", refused(op("replace", "title", "'x'")));
    assertEquals("invalidPath", refused(op("replace", "emails[type eq", "'x'")));
    assertEquals("invalidPath", refused(op("replace", "userName[value eq \"p\"]", "'x'")));
    assertEquals("invalidPath", refused(op("replace", "emails.value", "'x'")));
    assertEquals("mutability", refused(op("replace", "id", "'2'")));
    assertEquals("mutability", refused(op("add", "groups", "[{'value':'g2'}]")));
    assertEquals("mutability", refused(op("replace", "meta.version", "'x'")));
    assertEquals("mutability", refused(op("replace", "roles[value eq \"reader\"].display", "'x'")));
    assertEquals("invalidSyntax", refused(op("move", "userName", "'x'")));
    assertEquals("invalidSyntax", refused(op("add", "userName", null)));
    assertEquals("invalidValue", refused(op("replace", "name", "'not an object'")));
  }

  @Test
  void aMessageWithoutThePatchOpSchemaOrOperationsIsInvalidSyntax() {
    assertEquals(
        "invalidSyntax",
        assertThrows(
                ScimException.class, () -> Patch.read(ScimSchemas.USERS, json("{'Operations':[]}")))
            .scimType());
    assertEquals(
        "invalidSyntax",
        assertThrows(
                ScimException.class,
                () ->
                    Patch.read(
                        ScimSchemas.USERS,
                        json(
                            "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
                                + "'Operations':[]}")))
            .scimType());
  }

  private static JsonObject apply(String operation) {
    return Patch.read(ScimSchemas.USERS, message(operation)).applyTo(USER);
  }

  private static String refused(String operation) {
    return assertThrows(ScimException.class, () -> apply(operation)).scimType();
  }

  private static JsonObject message(String operation) {
    return json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':["
            + operation
            + "]}");
  }

  private static String op(String op, String path, String value) {
    StringBuilder json = new StringBuilder("{'op':'" + op + "'");
    if (path != null) {
      json.append(",'path':'").append(path.replace("\"", "\\\"")).append("'");
    }
    if (value != null) {
      json.append(",'value':").append(value);
    }
    return json.append('}').toString();
  }

  /** JSON written with single quotes, for readability. */
  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }
}
