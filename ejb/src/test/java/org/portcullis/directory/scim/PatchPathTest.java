package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portcullis.directory.scim.Trees.ENTERPRISE_USER;
import static org.portcullis.directory.scim.Trees.and;
import static org.portcullis.directory.scim.Trees.compare;
import static org.portcullis.directory.scim.Trees.eq;
import static org.portcullis.directory.scim.Trees.path;
import static org.portcullis.directory.scim.Trees.present;
import static org.portcullis.directory.scim.Trees.string;
import static org.portcullis.directory.scim.Trees.urnPath;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The PATCH {@code path} of RFC 7644 §3.5.2: {@code PATH = attrPath / valuePath [subAttr]}. */
class PatchPathTest {

  private static final String MEMBER = "2819c223-7f76-453a-919d-413861904646";

  static Stream<Arguments> validPaths() {
    return Stream.of(
        // RFC 7644 §3.5.2, Figure 8
        Arguments.of("members", PatchPath.of(path("members"))),
        Arguments.of("name.familyName", PatchPath.of(path("name", "familyName"))),
        Arguments.of(
            "addresses[type eq \"work\"]", filtered("addresses", eq("type", "work"), null)),
        Arguments.of(
            "members[value eq \"" + MEMBER + "\"]", filtered("members", eq("value", MEMBER), null)),
        Arguments.of(
            "members[value eq \"" + MEMBER + "\"].displayName",
            filtered("members", eq("value", MEMBER), "displayName")),
        // RFC 7644 §3.5.2.2 and §3.5.2.3
        Arguments.of(
            "emails[type eq \"work\" and value ew \"example.com\"]",
            filtered(
                "emails",
                and(eq("type", "work"), compare(path("value"), Operator.EW, string("example.com"))),
                null)),
        Arguments.of(
            "addresses[type eq \"work\"].streetAddress",
            filtered("addresses", eq("type", "work"), "streetAddress")),
        // More shapes
        Arguments.of(
            "emails[type eq \"work\"].value", filtered("emails", eq("type", "work"), "value")),
        Arguments.of("name.givenName", PatchPath.of(path("name", "givenName"))),
        Arguments.of(
            ENTERPRISE_USER + ":employeeNumber",
            PatchPath.of(urnPath(ENTERPRISE_USER, "employeeNumber"))),
        Arguments.of(
            ENTERPRISE_USER + ":manager.value",
            PatchPath.of(
                new AttributePath(Optional.of(ENTERPRISE_USER), "manager", Optional.of("value")))),
        Arguments.of(
            "emails[not (type eq \"work\") and (primary pr or display pr)].VALUE",
            filtered(
                "emails",
                and(
                    Trees.not(eq("type", "work")),
                    Trees.or(present("primary"), present("display"))),
                "VALUE")),
        Arguments.of("not", PatchPath.of(path("not"))),
        Arguments.of(" members ", PatchPath.of(path("members"))));
  }

  @ParameterizedTest
  @MethodSource("validPaths")
  void parsesPathsOfRfc7644Section352(String path, PatchPath expected) {
    assertEquals(expected, PatchPath.parse(path));
  }

  @ParameterizedTest
  @MethodSource("validPaths")
  void rendersTextThatParsesBackToTheSamePath(String path, PatchPath expected) {
    assertEquals(expected, PatchPath.parse(expected.toString()));
  }

  @Test
  void rendersTheCanonicalForm() {
    assertEquals(
        "emails[type eq \"work\" and primary eq true].value",
        PatchPath.parse("emails[type EQ \"work\"  AND primary eq true].value").toString());
  }

  @Test
  void aBareSchemaUrnReadsAsItsLastSegmentNamedAfterTheUrnBeforeIt() {
    // Figure 7 cannot tell a schema URN from a URI plus attribute; the schema layer decides.
    assertEquals(
        PatchPath.of(urnPath("urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User")),
        PatchPath.parse(ENTERPRISE_USER));
  }

  @Test
  void theSubAttributeAfterTheFilterIsCaseInsensitive() {
    PatchPath path = PatchPath.parse("emails[type eq \"work\"].Value");
    assertEquals(Optional.of("Value"), path.subAttribute());
    assertEquals(Optional.of("value"), path.normalizedSubAttribute());
  }

  static Stream<Arguments> invalidPaths() {
    return Stream.of(
        Arguments.of("", "The path is empty at position 0"),
        Arguments.of("   ", "The path is empty at position 0"),
        Arguments.of("members eq \"x\"", "Expected the end of the path at position 8"),
        Arguments.of("members pr", "Expected the end of the path at position 8"),
        Arguments.of("(members)", "Expected an attribute path at position 0"),
        Arguments.of("\"members\"", "Expected an attribute path at position 0"),
        Arguments.of("members[value eq \"x\"", "Unbalanced '[' at position 7"),
        Arguments.of("members[value eq \"x\"]]", "Unbalanced ']' at position 21"),
        Arguments.of("members[value eq \"x\")", "Expected 'and', 'or' or ']' at position 20"),
        Arguments.of(
            "members [value eq \"x\"]", "Expected '[' right after 'members' at position 8"),
        Arguments.of(
            "members[value eq \"x\"].", "Expected a sub-attribute name after '.' at position 22"),
        Arguments.of(
            "members[value eq \"x\"].a.b",
            "An attribute path has at most one sub-attribute at position 23"),
        Arguments.of(
            "members[value eq \"x\"] .display", "Expected the end of the path at position 22"),
        Arguments.of("members[value eq \"x\"]x", "Expected the end of the path at position 21"),
        Arguments.of(
            "members[value eq \"x\"][type pr]", "Expected the end of the path at position 21"),
        Arguments.of(
            "members[value[type pr]]", "A value filter must not hold another '[' at position 13"),
        Arguments.of(
            "members[value zz \"x\"]",
            "Expected a comparison operator after 'value' at position 14"),
        Arguments.of("members[value eq \"x]", "Unterminated string at position 17"),
        Arguments.of(
            "name.familyName.x", "An attribute path has at most one sub-attribute at position 15"),
        Arguments.of("members.", "Expected a sub-attribute name after '.' at position 8"),
        Arguments.of(
            "a".repeat(FilterLexer.MAX_INPUT_LENGTH + 1),
            "The path is longer than 4096 characters at position 4096"));
  }

  @ParameterizedTest
  @MethodSource("invalidPaths")
  void refusesWithScimTypeInvalidPathAndThePosition(String path, String message) {
    InvalidFilterException refused =
        assertThrows(InvalidFilterException.class, () -> PatchPath.parse(path));
    assertEquals(message, refused.getMessage());
    assertEquals(InvalidFilterException.Kind.PATH, refused.kind());
    assertEquals("invalidPath", refused.kind().scimType());
  }

  @Test
  void aSubAttributeWithoutValueFilterBelongsToTheAttributePath() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PatchPath(path("name"), Optional.empty(), Optional.of("givenName")));
  }

  @Test
  void theValueFilterOfAPathDoesNotNest() {
    Filter nested = Trees.valuePath("emails", present("value"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PatchPath(path("members"), Optional.of(nested), Optional.empty()));
  }

  @Test
  void theSubAttributeIsAnAttributeName() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PatchPath(path("emails"), Optional.of(present("type")), Optional.of("a.b")));
  }

  private static PatchPath filtered(String attribute, Filter filter, String subAttribute) {
    return new PatchPath(path(attribute), Optional.of(filter), Optional.ofNullable(subAttribute));
  }
}
