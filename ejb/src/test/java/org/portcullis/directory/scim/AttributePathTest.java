package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attribute paths keep their spelling and compare case-insensitively through normalization. */
class AttributePathTest {

  private static AttributePath parsed(String path) {
    return ((Filter.Present) Filter.parse(path + " pr")).path();
  }

  @Test
  void namesAreCaseInsensitiveRfc7643Section21() {
    AttributePath written = parsed("Urn:IETF:params:scim:schemas:core:2.0:User:Name.FamilyName");
    AttributePath lower = parsed("urn:ietf:params:scim:schemas:core:2.0:user:name.familyname");
    assertNotEquals(lower, written);
    assertEquals(lower, written.normalized());
    assertEquals("name", written.normalizedAttribute());
    assertEquals(Optional.of("familyname"), written.normalizedSubAttribute());
  }

  @Test
  void theComponentsAreSeparate() {
    AttributePath path = parsed(Trees.ENTERPRISE_USER + ":manager.value");
    assertEquals(Optional.of(Trees.ENTERPRISE_USER), path.schemaUrn());
    assertEquals("manager", path.attribute());
    assertEquals(Optional.of("value"), path.subAttribute());
    assertEquals(Trees.ENTERPRISE_USER + ":manager.value", path.toString());
  }

  @Test
  void pathsWithoutSchemaOrSubAttribute() {
    assertEquals(
        new AttributePath(Optional.empty(), "userName", Optional.empty()), parsed("userName"));
    assertEquals("userName", AttributePath.of("userName").toString());
    assertEquals("name.givenName", AttributePath.of("name", "givenName").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1a", "a.b", "a b", "a:b", "é", "$", "$reference", "_a", "-a"})
  void attributeNamesFollowTheAttrnameRule(String name) {
    assertThrows(IllegalArgumentException.class, () -> AttributePath.of(name));
    assertThrows(IllegalArgumentException.class, () -> AttributePath.of("a", name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "urn", "urn:", "1urn:x", "urn:a b", "urn:a\"b", "urn:a(b)"})
  void schemaUrisAreAbsoluteUrisWithoutFilterDelimiters(String uri) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttributePath(Optional.of(uri), "userName", Optional.empty()));
  }

  @Test
  void theReferenceSubAttributeIsAName() {
    assertEquals("members.$ref", AttributePath.of("members", "$ref").toString());
    assertEquals(Optional.of("$ref"), AttributePath.of("members", "$Ref").normalizedSubAttribute());
  }

  @Test
  void operatorsHaveLowerCaseKeywordsFoundInAnyCase() {
    assertEquals("ew", Operator.EW.keyword());
    assertEquals(Optional.of(Operator.GE), Operator.fromKeyword("gE"));
    assertEquals(Optional.empty(), Operator.fromKeyword("pr"));
    assertEquals(Optional.empty(), Operator.fromKeyword("equals"));
  }
}
