package org.portcullis.directory.scim;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.portcullis.directory.scim.InvalidFilterException.Kind;
import org.portcullis.directory.scim.Token.Type;

/** Reads {@code compValue} tokens into {@link Value}s by the rules of JSON (RFC 8259). */
final class ComparisonValues {

  // number = [ minus ] int [ frac ] [ exp ]   (RFC 8259 §6)
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private final Kind kind;

  ComparisonValues(Kind kind) {
    this.kind = kind;
  }

  // compValue = false / null / true / number / string   ; rules from JSON (RFC 7159)
  Value compValue(Token token, Operator operator) {
    if (token.is(Type.STRING)) {
      return new Value.StringValue(token.text());
    }
    Optional<Value> literal = token.is(Type.WORD) ? literal(token) : Optional.empty();
    return literal.orElseThrow(
        () ->
            fail(
                "Expected a comparison value (a JSON string, number, true, false or null) after '"
                    + operator.keyword()
                    + "'",
                token.position()));
  }

  // attrPath SP "pr" takes no compValue: name the mistake rather than the token that follows.
  void refuseValueAfterPresent(Token next) {
    if (next.is(Type.STRING) || (next.is(Type.WORD) && isLiteral(next.text()))) {
      throw fail("The operator 'pr' takes no value", next.position());
    }
  }

  // false / null / true / number; JSON literals are lower-case only, unlike SCIM keywords.
  private Optional<Value> literal(Token word) {
    return switch (word.text()) {
      case "true" -> Optional.of(new Value.BooleanValue(true));
      case "false" -> Optional.of(new Value.BooleanValue(false));
      case "null" -> Optional.of(new Value.NullValue());
      default -> startsNumber(word.text()) ? Optional.of(number(word)) : Optional.empty();
    };
  }

  private Value number(Token token) {
    if (!NUMBER.matcher(token.text()).matches()) {
      throw fail("Invalid JSON number", token.position());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(token.text());
    } catch (NumberFormatException exponentBeyondInt) {
      throw fail("Number out of range", token.position());
    }
    // A huge exponent is cheap to parse but not to print or to bind as a query parameter.
    if (Math.abs((long) value.scale()) > FilterLexer.MAX_INPUT_LENGTH) {
      throw fail("Number out of range", token.position());
    }
    return new Value.NumberValue(value);
  }

  private static boolean isLiteral(String text) {
    return text.equals("true") || text.equals("false") || text.equals("null") || startsNumber(text);
  }

  private static boolean startsNumber(String text) {
    char first = text.charAt(0);
    return first == '-' || (first >= '0' && first <= '9');
  }

  private InvalidFilterException fail(String reason, int position) {
    return new InvalidFilterException(kind, reason, position);
  }
}
