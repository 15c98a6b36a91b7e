package org.portcullis.directory.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code compValue}: JSON strings, numbers, true, false and null (RFC 7644 §3.4.2.2). */
class ComparisonValueTest {

  private static Value valueOf(String compValue) {
    return ((Filter.Comparison) Filter.parse("attr eq " + compValue)).value();
  }

  @Test
  void stringsKeepTheirCase() {
    assertEquals(new Value.StringValue("BJensen"), valueOf("\"BJensen\""));
  }

  @Test
  void theEmptyStringIsAValue() {
    assertEquals(new Value.StringValue(""), valueOf("\"\""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "\"a\\\"b\"   | a\"b",
        "\"a\\\\b\"   | a\\b",
        "\"a\\/b\"    | a/b",
        "\"\\u00e9\"  | é",
        "\"\\u00E9\"  | é",
        "\"\\u0041\\u004a\" | AJ",
        "\"Zoë\"      | Zoë",
      })
  void stringEscapesDecodeByJsonRulesRfc8259Section7(String json, String decoded) {
    assertEquals(new Value.StringValue(decoded), valueOf(json));
  }

  @Test
  void controlCharacterEscapesDecode() {
    assertEquals(new Value.StringValue("\b\f\n\r\t"), valueOf("\"\\b\\f\\n\\r\\t\""));
    assertEquals(new Value.StringValue("\u0000\u001f"), valueOf("\"\\u0000\\u001F\""));
  }

  @Test
  void surrogatePairsDecodeToOneCodePoint() {
    Value escaped = valueOf("\"\\ud83d\\ude00\"");
    assertEquals(new Value.StringValue("😀"), escaped);
    assertEquals(escaped, valueOf("\"😀\""));
    assertEquals(1, ((Value.StringValue) escaped).value().codePointCount(0, 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "42",
        "-42",
        "3.14",
        "-0.5",
        "1e3",
        "1E3",
        "1e+3",
        "1e-3",
        "-1.5E-10",
        "0.0",
        "123456789012345678901234567890",
        "1.000"
      })
  void numbersFollowJsonRulesAndKeepTheirScale(String number) {
    assertEquals(new Value.NumberValue(new BigDecimal(number)), valueOf(number));
  }

  @Test
  void numbersCompareNumericallyThroughCompareTo() {
    BigDecimal written = ((Value.NumberValue) valueOf("1e2")).value();
    assertEquals(0, written.compareTo(new BigDecimal("100")));
  }

  @Test
  void booleansAndNullAreJsonLiterals() {
    assertEquals(new Value.BooleanValue(true), valueOf("true"));
    assertEquals(new Value.BooleanValue(false), valueOf("false"));
    assertEquals(new Value.NullValue(), valueOf("null"));
  }

  @Test
  void literalsInsideValueFiltersToo() {
    assertEquals(
        new Filter.ValuePath(
            AttributePath.of("emails"),
            new Filter.Comparison(
                AttributePath.of("primary"), Operator.EQ, new Value.BooleanValue(true))),
        Filter.parse("emails[primary eq true]"));
  }

  @Test
  void valuesRenderAsJson() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\u0001é\"", new Value.StringValue("a\"b\\c\n\u0001é").toString());
    assertEquals("1E+3", valueOf("1e3").toString());
    assertEquals("-0.5", valueOf("-0.5").toString());
    assertEquals("true", new Value.BooleanValue(true).toString());
    assertEquals("null", new Value.NullValue().toString());
  }

  @Test
  void aStringValueRefusesAnUnpairedSurrogate() {
    assertThrows(IllegalArgumentException.class, () -> new Value.StringValue("a\ud800"));
    assertThrows(IllegalArgumentException.class, () -> new Value.StringValue("\udc00a"));
  }
}
