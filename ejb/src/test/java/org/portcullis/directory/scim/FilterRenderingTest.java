package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portcullis.directory.scim.Trees.and;
import static org.portcullis.directory.scim.Trees.compare;
import static org.portcullis.directory.scim.Trees.eq;
import static org.portcullis.directory.scim.Trees.not;
import static org.portcullis.directory.scim.Trees.or;
import static org.portcullis.directory.scim.Trees.path;
import static org.portcullis.directory.scim.Trees.present;
import static org.portcullis.directory.scim.Trees.string;
import static org.portcullis.directory.scim.Trees.valuePath;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code toString()} renders a canonical filter that parses back to an equal tree. */
class FilterRenderingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "USERNAME EQ \"x\"                      | USERNAME eq \"x\"",
        "title  PR                              | title pr",
        "a pr  AND (b pr)                       | a pr and b pr",
        "((a pr or b pr))                       | a pr or b pr",
        "a pr and (b pr and c pr)               | a pr and (b pr and c pr)",
        "a pr or (b pr or c pr)                 | a pr or (b pr or c pr)",
        "(a pr or b pr) and c pr                | (a pr or b pr) and c pr",
        "a pr or (b pr and c pr)                | a pr or b pr and c pr",
        "NOT(a pr Or b pr)                      | not (a pr or b pr)",
        "emails[ type eq \"work\" ]             | emails[type eq \"work\"]",
        "n gt 1e3                               | n gt 1E+3",
        "n lt -0.50                             | n lt -0.50",
        "s eq \"\\u00e9\\/\\n\\\"\"             | s eq \"é/\\n\\\"\"",
        "urn:x:y:2.0:A:b.C pr                   | urn:x:y:2.0:A:b.C pr",
      })
  void rendersTheCanonicalForm(String filter, String canonical) {
    assertEquals(canonical, Filter.parse(filter).toString());
  }

  static Stream<Filter> trees() {
    return Stream.of(
        and(present("a"), and(present("b"), present("c"))),
        or(present("a"), or(present("b"), present("c"))),
        and(or(present("a"), present("b")), not(or(present("c"), present("d")))),
        or(and(present("a"), present("b")), and(present("c"), present("d"))),
        not(not(and(present("a"), present("b")))),
        valuePath("emails", or(eq("type", "work"), not(and(present("a"), present("b"))))),
        compare(path("s"), Operator.CO, string("quote \" backslash \\ tab \t nul \u0000 é 😀")),
        compare(path("s"), Operator.EQ, string("a) or (b [c]")),
        compare(path("n"), Operator.GE, new Value.NumberValue(new java.math.BigDecimal("-1.5E-7"))),
        compare(path("b"), Operator.NE, new Value.BooleanValue(false)),
        compare(path("x"), Operator.EQ, new Value.NullValue()));
  }

  @ParameterizedTest
  @MethodSource("trees")
  void everyTreeRendersToTextThatParsesBackToIt(Filter tree) {
    assertEquals(tree, Filter.parse(tree.toString()));
  }

  static Stream<Arguments> parsedFilters() {
    return Stream.of(
            "a eq 1 or b eq 2 and c eq 3",
            "not (a pr) and (b pr or c pr) or d pr",
            "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\"]",
            "meta.lastModified ge \"2011-05-13T04:42:34Z\" and x le 0.000001",
            "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"")
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("parsedFilters")
  void renderingIsIdempotent(String filter) {
    String once = Filter.parse(filter).toString();
    assertEquals(once, Filter.parse(once).toString());
  }

  @Test
  void logicalExpressionsJoinAtLeastTwoFilters() {
    assertThrows(IllegalArgumentException.class, () -> new Filter.And(List.of(present("a"))));
    assertThrows(IllegalArgumentException.class, () -> new Filter.Or(List.of()));
  }

  @Test
  void treesCannotNestValueFiltersRfc7644Section3422() {
    Filter inner = valuePath("emails", present("value"));
    assertThrows(
        IllegalArgumentException.class,
        () -> valuePath("members", and(present("a"), not(or(present("b"), inner)))));
  }

  @Test
  void treesAreImmutable() {
    java.util.ArrayList<Filter> operands =
        new java.util.ArrayList<>(List.of(present("a"), present("b")));
    Filter.And and = new Filter.And(operands);
    operands.add(present("c"));
    assertEquals(2, and.operands().size());
    assertThrows(UnsupportedOperationException.class, () -> and.operands().add(present("d")));
  }
}
