package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters that break RFC 7644 §3.4.2.2 answer {@code invalidFilter} with a precise position. */
class InvalidFilterTest {

  private static final String VALUE_EXPECTED =
      "Expected a comparison value (a JSON string, number, true, false or null) after ";

  static Stream<Arguments> invalidFilters() {
    return Stream.of(
            invalidOperators(),
            invalidValues(),
            invalidStrings(),
            unbalancedGroups(),
            nestedValueFilters(),
            invalidLogicalExpressions(),
            invalidAttributePaths(),
            emptyInput())
        .flatMap(arguments -> arguments);
  }

  private static Stream<Arguments> invalidOperators() {
    return Stream.of(
        Arguments.of(
            "userName \"bjensen\"",
            "Expected a comparison operator after 'userName' at position 9"),
        Arguments.of(
            "userName ex \"bjensen\"",
            "Expected a comparison operator after 'userName' at position 9"),
        Arguments.of(
            "userName = \"bjensen\"",
            "Expected a comparison operator after 'userName' at position 9"),
        Arguments.of("userName", "Expected a comparison operator after 'userName' at position 8"),
        Arguments.of(
            "emails[value]", "Expected a comparison operator after 'value' at position 12"),
        Arguments.of("title pr \"x\"", "The operator 'pr' takes no value at position 9"),
        Arguments.of("title pr true", "The operator 'pr' takes no value at position 9"),
        Arguments.of("title pr -1", "The operator 'pr' takes no value at position 9"));
  }

  private static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("userName eq", VALUE_EXPECTED + "'eq' at position 11"),
        Arguments.of("userName eq bjensen", VALUE_EXPECTED + "'eq' at position 12"),
        Arguments.of("active eq True", VALUE_EXPECTED + "'eq' at position 10"),
        Arguments.of("active ne NULL", VALUE_EXPECTED + "'ne' at position 10"),
        Arguments.of("count gt (1)", VALUE_EXPECTED + "'gt' at position 9"),
        Arguments.of("count gt .5", VALUE_EXPECTED + "'gt' at position 9"),
        Arguments.of("count gt 01", "Invalid JSON number at position 9"),
        Arguments.of("count gt 1.", "Invalid JSON number at position 9"),
        Arguments.of("count gt -", "Invalid JSON number at position 9"),
        Arguments.of("count gt 1e", "Invalid JSON number at position 9"),
        Arguments.of("count gt 1.5.2", "Invalid JSON number at position 9"),
        Arguments.of("count gt 0x10", "Invalid JSON number at position 9"),
        Arguments.of("count gt 1e99999999999", "Number out of range at position 9"),
        Arguments.of("count gt 1e5000", "Number out of range at position 9"),
        Arguments.of("count gt 1e-5000", "Number out of range at position 9"));
  }

  private static Stream<Arguments> invalidStrings() {
    return Stream.of(
        Arguments.of("userName eq \"bjensen", "Unterminated string at position 12"),
        Arguments.of("userName eq \"bjensen\\", "Unterminated string at position 12"),
        Arguments.of("userName eq \"a\\x\"", "Invalid escape sequence in a string at position 14"),
        Arguments.of(
            "userName eq \"a\\U0041\"", "Invalid escape sequence in a string at position 14"),
        Arguments.of("userName eq \"\\u12G4\"", "Invalid \\u escape in a string at position 13"),
        Arguments.of("userName eq \"\\u12\"", "Invalid \\u escape in a string at position 13"),
        Arguments.of("userName eq \"\\u12", "Invalid \\u escape in a string at position 13"),
        Arguments.of(
            "userName eq \"a\nb\"", "Unescaped control character in a string at position 14"),
        Arguments.of(
            "userName eq \"\\ud800\"", "Unpaired UTF-16 surrogate in a string at position 12"),
        Arguments.of(
            "userName eq \"\\udc00\\ud800\"",
            "Unpaired UTF-16 surrogate in a string at position 12"));
  }

  private static Stream<Arguments> unbalancedGroups() {
    return Stream.of(
        Arguments.of("(userName pr", "Unbalanced '(' at position 0"),
        Arguments.of("((a pr) or b pr", "Unbalanced '(' at position 0"),
        Arguments.of("not (a pr", "Unbalanced '(' at position 4"),
        Arguments.of("userName pr)", "Unbalanced ')' at position 11"),
        Arguments.of("(a pr))", "Unbalanced ')' at position 6"),
        Arguments.of("(a pr]", "Expected 'and', 'or' or ')' at position 5"),
        Arguments.of("emails[type pr", "Unbalanced '[' at position 6"),
        Arguments.of("emails[type pr)", "Expected 'and', 'or' or ']' at position 14"),
        Arguments.of("emails[type pr]]", "Unbalanced ']' at position 15"),
        Arguments.of("type pr]", "Unbalanced ']' at position 7"),
        Arguments.of("emails []", "Expected '[' right after 'emails' at position 7"),
        Arguments.of("emails[]", "Expected an attribute path, '(' or 'not' at position 7"),
        Arguments.of("()", "Expected an attribute path, '(' or 'not' at position 1"),
        Arguments.of("a pr and [b pr]", "Expected an attribute path, '(' or 'not' at position 9"));
  }

  // RFC 7644 §3.4.2.2 and errata 4690: a value filter holds no value filter.
  private static Stream<Arguments> nestedValueFilters() {
    return Stream.of(
        Arguments.of(
            "emails[type[value pr] pr]", "A value filter must not hold another '[' at position 11"),
        Arguments.of(
            "emails[type eq \"work\" and (ims[value pr])]",
            "A value filter must not hold another '[' at position 30"),
        Arguments.of(
            "emails[type eq \"work\"].value eq \"x\"",
            "A sub-attribute after ']' is allowed only in a PATCH path at position 22"));
  }

  private static Stream<Arguments> invalidLogicalExpressions() {
    return Stream.of(
        Arguments.of("not a pr", "Expected '(' after 'not' at position 4"),
        Arguments.of("not", "Expected '(' after 'not' at position 3"),
        Arguments.of("a pr and", "Expected an attribute path, '(' or 'not' at position 8"),
        Arguments.of("or a pr", "Expected a comparison operator after 'or' at position 3"),
        Arguments.of("a pr b pr", "Expected 'and', 'or' or the end of the filter at position 5"),
        Arguments.of("a pr && b pr", "Expected 'and', 'or' or the end of the filter at position 5"),
        Arguments.of("a pr andb pr", "Expected 'and', 'or' or the end of the filter at position 5"),
        Arguments.of("a pr \"x\"", "The operator 'pr' takes no value at position 5"));
  }

  private static Stream<Arguments> invalidAttributePaths() {
    return Stream.of(
        Arguments.of(
            "\"userName\" eq \"x\"", "Expected an attribute path, '(' or 'not' at position 0"),
        Arguments.of("1userName pr", "Invalid attribute name at position 0"),
        Arguments.of("user$name pr", "Invalid attribute name at position 0"),
        Arguments.of("name. pr", "Expected a sub-attribute name after '.' at position 5"),
        Arguments.of("name.2x pr", "Expected a sub-attribute name after '.' at position 5"),
        Arguments.of(".name pr", "Expected an attribute name at position 0"),
        Arguments.of(
            "name.familyName.x pr",
            "An attribute path has at most one sub-attribute at position 15"),
        Arguments.of(Trees.CORE_USER + ": pr", "Expected an attribute name at position 43"),
        Arguments.of(Trees.CORE_USER + ":1x pr", "Invalid attribute name at position 43"),
        Arguments.of("foo:userName pr", "Invalid schema URI in an attribute path at position 0"),
        Arguments.of(":userName pr", "Invalid schema URI in an attribute path at position 0"));
  }

  private static Stream<Arguments> emptyInput() {
    return Stream.of(
        Arguments.of("", "The filter is empty at position 0"),
        Arguments.of("  \t ", "The filter is empty at position 0"));
  }

  @ParameterizedTest
  @MethodSource("invalidFilters")
  void refusesWithThePositionOfTheProblem(String filter, String message) {
    InvalidFilterException refused = refuse(filter);
    assertEquals(message, refused.getMessage());
    assertEquals(message, refused.reason() + " at position " + refused.position());
  }

  @ParameterizedTest
  @MethodSource("invalidFilters")
  void answersScimTypeInvalidFilterRfc7644Section312(String filter, String message) {
    InvalidFilterException refused = refuse(filter);
    assertEquals(InvalidFilterException.Kind.FILTER, refused.kind());
    assertEquals("invalidFilter", refused.kind().scimType());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq \"s3cr3t\" or",
        "userName \"s3cr3t\"",
        "userName eq s3cr3t",
        "userName eq \"s3cr3t",
        "userName eq \"s3cr3t\\q\"",
        "title pr \"s3cr3t\"",
        "userName eq \"x\" s3cr3t"
      })
  void messagesNeverQuoteComparisonValuesRule15(String filter) {
    // Values are often personal data (house style rule 15); only recognized names are quoted.
    InvalidFilterException refused = refuse(filter);
    assertFalse(refused.getMessage().contains("s3cr3t"), refused.getMessage());
  }

  @Test
  void acceptsInputOfTheMaximumLength() {
    String filter = "userName eq \"" + "x".repeat(FilterLexer.MAX_INPUT_LENGTH - 14) + "\"";
    assertEquals(FilterLexer.MAX_INPUT_LENGTH, filter.length());
    assertEquals(Filter.Comparison.class, Filter.parse(filter).getClass());
  }

  @Test
  void refusesInputLongerThanTheMaximumBeforeReadingIt() {
    String filter = "userName eq \"" + "x".repeat(FilterLexer.MAX_INPUT_LENGTH - 13) + "\"";
    assertEquals(
        "The filter is longer than 4096 characters at position 4096", refuse(filter).getMessage());
    assertEquals(
        "The filter is longer than 4096 characters at position 4096",
        refuse("(".repeat(100_000)).getMessage());
  }

  @Test
  void acceptsNestingOfTheMaximumDepth() {
    int depth = FilterParser.MAX_NESTING_DEPTH;
    assertEquals(Trees.present("a"), Filter.parse("(".repeat(depth) + "a pr" + ")".repeat(depth)));
    assertEquals(
        Filter.ValuePath.class,
        Filter.parse("(".repeat(depth - 1) + "emails[a pr]" + ")".repeat(depth - 1)).getClass());
  }

  @Test
  void refusesNestingDeeperThanTheMaximumAtTheOpeningThatExceedsIt() {
    int depth = FilterParser.MAX_NESTING_DEPTH + 1;
    assertEquals(
        "Nesting deeper than 32 levels at position 32",
        refuse("(".repeat(depth) + "a pr" + ")".repeat(depth)).getMessage());
    assertEquals(
        "Nesting deeper than 32 levels at position 164",
        refuse("not (".repeat(depth) + "a pr" + ")".repeat(depth)).getMessage());
    assertEquals(
        "Nesting deeper than 32 levels at position 38",
        refuse("(".repeat(depth - 1) + "emails[a pr]" + ")".repeat(depth - 1)).getMessage());
  }

  @Test
  void longFlatChainsParseQuicklyAndFlat() {
    String filter = "a pr or ".repeat(511) + "a pr";
    Filter parsed = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Filter.parse(filter));
    assertEquals(512, ((Filter.Or) parsed).operands().size());
  }

  @Test
  void refusesNullAsAProgrammingError() {
    assertThrows(NullPointerException.class, () -> Filter.parse(null));
  }

  private static InvalidFilterException refuse(String filter) {
    return assertThrows(InvalidFilterException.class, () -> Filter.parse(filter));
  }
}
