package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcullis.directory.scim.Trees.CORE_USER;
import static org.portcullis.directory.scim.Trees.and;
import static org.portcullis.directory.scim.Trees.compare;
import static org.portcullis.directory.scim.Trees.eq;
import static org.portcullis.directory.scim.Trees.not;
import static org.portcullis.directory.scim.Trees.or;
import static org.portcullis.directory.scim.Trees.path;
import static org.portcullis.directory.scim.Trees.present;
import static org.portcullis.directory.scim.Trees.string;
import static org.portcullis.directory.scim.Trees.urnPath;
import static org.portcullis.directory.scim.Trees.valuePath;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every filter example of RFC 7644 §3.4.2.2, with the tree it must give. */
class FilterRfcExamplesTest {

  private static final String LAST_MODIFIED = "2011-05-13T04:42:34Z";

  static Stream<Arguments> rfc7644Section3422Examples() {
    return Stream.of(
        Arguments.of("userName eq \"bjensen\"", eq("userName", "bjensen")),
        Arguments.of(
            "name.familyName co \"O'Malley\"",
            compare(path("name", "familyName"), Operator.CO, string("O'Malley"))),
        Arguments.of("userName sw \"J\"", compare(path("userName"), Operator.SW, string("J"))),
        Arguments.of(
            "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
            compare(urnPath(CORE_USER, "userName"), Operator.SW, string("J"))),
        Arguments.of("title pr", present("title")),
        Arguments.of("meta.lastModified gt \"" + LAST_MODIFIED + "\"", lastModified(Operator.GT)),
        Arguments.of("meta.lastModified ge \"" + LAST_MODIFIED + "\"", lastModified(Operator.GE)),
        Arguments.of("meta.lastModified lt \"" + LAST_MODIFIED + "\"", lastModified(Operator.LT)),
        Arguments.of("meta.lastModified le \"" + LAST_MODIFIED + "\"", lastModified(Operator.LE)),
        Arguments.of(
            "title pr and userType eq \"Employee\"",
            and(present("title"), eq("userType", "Employee"))),
        Arguments.of(
            "title pr or userType eq \"Intern\"", or(present("title"), eq("userType", "Intern"))),
        Arguments.of(
            "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
            eq("schemas", Trees.ENTERPRISE_USER)),
        Arguments.of(
            "userType eq \"Employee\" and (emails co \"example.com\" or"
                + " emails.value co \"example.org\")",
            and(eq("userType", "Employee"), emailsContainExampleDomains())),
        Arguments.of(
            "userType ne \"Employee\" and not (emails co \"example.com\" or"
                + " emails.value co \"example.org\")",
            and(
                compare(path("userType"), Operator.NE, string("Employee")),
                not(emailsContainExampleDomains()))),
        Arguments.of(
            "userType eq \"Employee\" and (emails.type eq \"work\")",
            and(
                eq("userType", "Employee"),
                compare(path("emails", "type"), Operator.EQ, string("work")))),
        Arguments.of(
            "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
            and(eq("userType", "Employee"), workEmailAt("emails", "@example.com"))),
        Arguments.of(
            "emails[type eq \"work\" and value co \"@example.com\"] or"
                + " ims[type eq \"xmpp\" and value co \"@foo.com\"]",
            or(
                workEmailAt("emails", "@example.com"),
                valuePath(
                    "ims",
                    and(
                        eq("type", "xmpp"),
                        compare(path("value"), Operator.CO, string("@foo.com")))))));
  }

  @ParameterizedTest
  @MethodSource("rfc7644Section3422Examples")
  void parsesTheExamplesOfRfc7644Section3422(String filter, Filter expected) {
    assertEquals(expected, Filter.parse(filter));
  }

  @ParameterizedTest
  @MethodSource("rfc7644Section3422Examples")
  void rendersTheExamplesOfRfc7644Section3422AsTextThatParsesBack(String filter, Filter expected) {
    assertEquals(expected, Filter.parse(Filter.parse(filter).toString()));
  }

  @ParameterizedTest
  @MethodSource("rfc7644Section3422Examples")
  void parsesTheExamplesAsWrappedInTheRfcText(String filter, Filter expected) {
    assertEquals(expected, Filter.parse(filter.replace(" or ", " or\r\n      ")));
  }

  private static Filter lastModified(Operator operator) {
    return compare(path("meta", "lastModified"), operator, string(LAST_MODIFIED));
  }

  private static Filter emailsContainExampleDomains() {
    return or(
        compare(path("emails"), Operator.CO, string("example.com")),
        compare(path("emails", "value"), Operator.CO, string("example.org")));
  }

  private static Filter workEmailAt(String attribute, String domain) {
    return valuePath(
        attribute, and(eq("type", "work"), compare(path("value"), Operator.CO, string(domain))));
  }
}
