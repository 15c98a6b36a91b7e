package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcullis.directory.scim.Trees.CORE_USER;
import static org.portcullis.directory.scim.Trees.ENTERPRISE_USER;
import static org.portcullis.directory.scim.Trees.and;
import static org.portcullis.directory.scim.Trees.compare;
import static org.portcullis.directory.scim.Trees.eq;
import static org.portcullis.directory.scim.Trees.not;
import static org.portcullis.directory.scim.Trees.number;
import static org.portcullis.directory.scim.Trees.or;
import static org.portcullis.directory.scim.Trees.path;
import static org.portcullis.directory.scim.Trees.present;
import static org.portcullis.directory.scim.Trees.string;
import static org.portcullis.directory.scim.Trees.valuePath;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar of RFC 7644 §3.4.2.2 (Figure 1), rule by rule. */
class FilterGrammarTest {

  @ParameterizedTest
  @EnumSource(Operator.class)
  void everyComparisonOperatorCompares(Operator operator) {
    assertEquals(
        compare(path("userName"), operator, string("x")),
        Filter.parse("userName " + operator.keyword() + " \"x\""));
  }

  @ParameterizedTest
  @EnumSource(Operator.class)
  void comparisonOperatorsAreCaseInsensitive(Operator operator) {
    String upper = operator.keyword().toUpperCase(Locale.ROOT);
    String mixed = upper.charAt(0) + operator.keyword().substring(1);
    Filter expected = compare(path("userName"), operator, string("x"));
    assertEquals(expected, Filter.parse("userName " + upper + " \"x\""));
    assertEquals(expected, Filter.parse("userName " + mixed + " \"x\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"title pr", "title PR", "title Pr", "title pR"})
  void presentIsCaseInsensitiveAndTakesNoValue(String filter) {
    assertEquals(present("title"), Filter.parse(filter));
  }

  @Test
  void logicalKeywordsAreCaseInsensitive() {
    Filter expected = or(and(present("a"), present("b")), not(present("c")));
    assertEquals(expected, Filter.parse("a pr and b pr or not (c pr)"));
    assertEquals(expected, Filter.parse("a pr AND b pr OR NOT (c pr)"));
    assertEquals(expected, Filter.parse("a pr And b pr oR nOt (c pr)"));
  }

  @Test
  void andBindsTighterThanOrRfc7644Section3422() {
    Filter a = compare(path("a"), Operator.EQ, number("1"));
    Filter b = compare(path("b"), Operator.EQ, number("2"));
    Filter c = compare(path("c"), Operator.EQ, number("3"));
    assertEquals(or(a, and(b, c)), Filter.parse("a eq 1 or b eq 2 and c eq 3"));
    assertEquals(or(and(a, b), c), Filter.parse("a eq 1 and b eq 2 or c eq 3"));
  }

  @Test
  void chainsOfOneOperatorAreFlat() {
    assertEquals(
        and(present("a"), present("b"), present("c")), Filter.parse("a pr and b pr and c pr"));
    assertEquals(
        or(present("a"), present("b"), present("c")), Filter.parse("a pr or b pr or c pr"));
  }

  @Test
  void parenthesesGroupBeforeAnd() {
    assertEquals(
        and(or(present("a"), present("b")), present("c")), Filter.parse("(a pr or b pr) and c pr"));
    assertEquals(
        and(present("a"), or(present("b"), present("c"))), Filter.parse("a pr and (b pr or c pr)"));
  }

  @Test
  void redundantParenthesesLeaveNoTrace() {
    assertEquals(present("a"), Filter.parse("((a pr))"));
    assertEquals(and(present("a"), present("b")), Filter.parse("(a pr) and (b pr)"));
  }

  @Test
  void groupsNest() {
    assertEquals(
        and(present("a"), or(present("b"), and(present("c"), not(present("d"))))),
        Filter.parse("a pr and (b pr or (c pr and not (d pr)))"));
  }

  @Test
  void groupedAndChainsStayGroupedSoTheyRenderAsWritten() {
    assertEquals(
        and(present("a"), and(present("b"), present("c"))),
        Filter.parse("a pr and (b pr and c pr)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not (a pr or b pr)", "not(a pr or b pr)", "not  (a pr or b pr)"})
  void notNegatesAGroupWithOrWithoutSpaceErrata7319(String filter) {
    assertEquals(not(or(present("a"), present("b"))), Filter.parse(filter));
  }

  @Test
  void notNests() {
    assertEquals(not(not(present("a"))), Filter.parse("not (not (a pr))"));
  }

  @Test
  void valueFiltersHoldAndOrNotAndGroupsErrata7322() {
    assertEquals(
        valuePath(
            "emails", or(eq("type", "work"), and(eq("type", "home"), not(eq("primary", "x"))))),
        Filter.parse("emails[type eq \"work\" or (type eq \"home\" and not (primary eq \"x\"))]"));
  }

  @Test
  void valueFiltersCombineWithOtherFilters() {
    assertEquals(
        or(
            not(valuePath("emails", present("value"))),
            and(valuePath("ims", eq("type", "xmpp")), present("title"))),
        Filter.parse("not (emails[value pr]) or ims[type eq \"xmpp\"] and title pr"));
  }

  @Test
  void fullyQualifiedPathsSplitAtTheLastColon() {
    Filter filter =
        Filter.parse(
            ENTERPRISE_USER
                + ":employeeNumber eq \"701984\" and "
                + CORE_USER
                + ":name.givenName pr");
    assertEquals(
        and(
            compare(
                Trees.urnPath(ENTERPRISE_USER, "employeeNumber"), Operator.EQ, string("701984")),
            new Filter.Present(
                new AttributePath(Optional.of(CORE_USER), "name", Optional.of("givenName")))),
        filter);
  }

  @Test
  void fullyQualifiedPathsNameComplexAttributesOfValueFilters() {
    assertEquals(
        new Filter.ValuePath(
            new AttributePath(Optional.of(CORE_USER), "emails", Optional.empty()),
            eq("type", "work")),
        Filter.parse(CORE_USER + ":emails[type eq \"work\"]"));
  }

  @Test
  void subAttributesFollowADot() {
    assertEquals(
        compare(path("name", "familyName"), Operator.EQ, string("Jensen")),
        Filter.parse("name.familyName eq \"Jensen\""));
  }

  @Test
  void attributeNamesTakeDigitsHyphensAndUnderscoresAfterTheFirstLetter() {
    assertEquals(present("x-custom_attr2"), Filter.parse("x-custom_attr2 pr"));
  }

  @Test
  void referenceSubAttributesRfc7643Section237() {
    assertEquals(
        and(
            new Filter.Present(path("manager", "$ref")),
            valuePath("members", eq("$ref", "https://example.com/v2/Users/2819c223"))),
        Filter.parse(
            "manager.$ref pr and members[$ref eq \"https://example.com/v2/Users/2819c223\"]"));
  }

  @Test
  void attributeNamesKeepTheirSpelling() {
    Filter.Comparison comparison = (Filter.Comparison) Filter.parse("USERNAME Eq \"x\"");
    assertEquals("USERNAME", comparison.path().attribute());
    assertEquals("username", comparison.path().normalizedAttribute());
  }

  @Test
  void keywordsAreRecognizedByPositionSoTheyMayNameAttributes() {
    assertEquals(
        and(eq("or", "x"), present("not"), present("pr"), valuePath("and", present("not"))),
        Filter.parse("or eq \"x\" and not pr and pr pr and and[not pr]"));
  }

  @Test
  void whitespaceMayBeRepeatedOrLeftOutNextToStringsAndParentheses() {
    Filter expected = and(eq("userName", "x"), not(present("title")));
    assertEquals(expected, Filter.parse("  userName \t eq  \"x\"\n and\r\nnot   ( title   pr )  "));
    assertEquals(expected, Filter.parse("userName eq\"x\"and not(title pr)"));
  }

  @Test
  void delimitersInsideStringsAreText() {
    assertEquals(
        eq("displayName", "a) or (b [c] and \"d\""),
        Filter.parse("displayName eq \"a) or (b [c] and \\\"d\\\"\""));
  }
}
