package org.portcullis.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.PatchPath;

class ScimSchemasTest {

  @Test
  void pathsResolveInAnyCaseAndFullyQualified() {
    assertEquals(
        "familyName",
        ScimSchemas.USERS
            .resolve(PatchPath.parse("NAME.FAMILYNAME").attribute())
            .orElseThrow()
            .name());
    assertTrue(
        ScimSchemas.USERS
            .resolve(
                PatchPath.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName").attribute())
            .isPresent());
    assertTrue(ScimSchemas.USERS.resolve(AttributePath.of("nickName")).isEmpty());
    assertTrue(ScimSchemas.GROUPS.resolve(AttributePath.of("userName")).isEmpty());
  }

  @Test
  void thePasswordIsWriteOnlyAndNeverReturned() {
    Attribute password = ScimSchemas.USERS.attribute("password").orElseThrow();
    assertEquals(Attribute.Mutability.WRITE_ONLY, password.mutability());
    assertEquals(Attribute.Returned.NEVER, password.returned());
    JsonObject json = password.toJson();
    assertEquals("writeOnly", json.getString("mutability"));
    assertEquals("never", json.getString("returned"));
  }

  @Test
  void theSchemaDocumentListsNoCommonAttributes() {
    JsonObject schema = ScimSchemas.USERS.toJson("https://h/t/a/scim/v2");
    assertTrue(
        schema.getJsonArray("attributes").stream()
            .noneMatch(a -> a.asJsonObject().getString("name").equals("id")));
    assertEquals(
        "https://h/t/a/scim/v2/Schemas/" + ScimSchemas.USER,
        schema.getJsonObject("meta").getString("location"));
  }
}
