package org.portcullis.directory.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.portcullis.directory.scim.InvalidFilterException.Kind;
import org.portcullis.directory.scim.Token.Type;

/**
 * Recursive descent over RFC 7644 Figure 1 (filters) and Figure 7 (PATCH path), one method per ABNF
 * rule. Keywords are recognized by position, not reserved: an attribute may be named {@code or} or
 * {@code not}. One instance parses one input.
 */
final class FilterParser {

  /** Deepest nesting of {@code (} and {@code [}: bounds the recursion a hostile filter causes. */
  static final int MAX_NESTING_DEPTH = 32;

  private final FilterLexer lexer;
  private final Kind kind;
  private final ComparisonValues values;
  private int depth;
  private boolean insideValuePath;

  private FilterParser(String input, Kind kind) {
    this.kind = kind;
    this.lexer = new FilterLexer(input, kind);
    this.values = new ComparisonValues(kind);
  }

  static Filter parseFilter(String input) {
    FilterParser parser = new FilterParser(input, Kind.FILTER);
    Filter filter = parser.filter();
    parser.expectEnd("Expected 'and', 'or' or the end of the filter");
    return filter;
  }

  static PatchPath parsePath(String input) {
    FilterParser parser = new FilterParser(input, Kind.PATH);
    PatchPath path = parser.path();
    parser.expectEnd("Expected the end of the path");
    return path;
  }

  // PATH = attrPath / valuePath [subAttr]   (RFC 7644 §3.5.2, Figure 7)
  private PatchPath path() {
    Token token = lexer.next();
    if (!token.is(Type.WORD)) {
      throw fail("Expected an attribute path", token.position());
    }
    AttributePath attribute = attrPath(token);
    if (!lexer.peek().is(Type.LEFT_BRACKET)) {
      return PatchPath.of(attribute);
    }
    Filter filter = valFilter(token);
    return new PatchPath(attribute, Optional.of(filter), subAttr());
  }

  // FILTER = attrExp / logExp / valuePath / *1"not" "(" FILTER ")"
  // logExp = FILTER SP ("and" / "or") SP FILTER; "and" binds tighter than "or" (§3.4.2.2)
  private Filter filter() {
    return logExp("or", this::andOperand, Filter.Or::new);
  }

  // logExp restricted to "and": the operands of an "or".
  private Filter andOperand() {
    return logExp("and", this::operand, Filter.And::new);
  }

  // logExp = FILTER SP ("and" / "or") SP FILTER, read as a flat list of one operator.
  private Filter logExp(
      String keyword, Supplier<Filter> operand, Function<List<Filter>, Filter> join) {
    List<Filter> operands = new ArrayList<>();
    operands.add(operand.get());
    while (lexer.peek().isKeyword(keyword)) {
      lexer.next();
      operands.add(operand.get());
    }
    return operands.size() == 1 ? operands.get(0) : join.apply(operands);
  }

  // The alternatives of FILTER other than logExp: attrExp / valuePath / *1"not" "(" FILTER ")"
  private Filter operand() {
    Token token = lexer.peek();
    if (token.is(Type.LEFT_PAREN)) {
      return group();
    }
    if (!token.is(Type.WORD)) {
      throw fail("Expected an attribute path, '(' or 'not'", token.position());
    }
    if (token.isKeyword("not") && !startsAttrExp(lexer.peek(1))) {
      return not();
    }
    return attrExpOrValuePath();
  }

  // "not" "(" FILTER ")"; a space before "(" is allowed, as the RFC's own example has one
  // (errata 7319).
  private Filter not() {
    lexer.next();
    if (!lexer.peek().is(Type.LEFT_PAREN)) {
      throw fail("Expected '(' after 'not'", lexer.peek().position());
    }
    return new Filter.Not(group());
  }

  // "(" FILTER ")": precedence grouping
  private Filter group() {
    Token open = lexer.next();
    enter(open);
    Filter filter = filter();
    close(open, Type.RIGHT_PAREN, "Expected 'and', 'or' or ')'");
    return filter;
  }

  // attrExp / valuePath: both start with an attrPath
  private Filter attrExpOrValuePath() {
    Token pathToken = lexer.next();
    AttributePath path = attrPath(pathToken);
    if (!lexer.peek().is(Type.LEFT_BRACKET)) {
      return attrExp(path);
    }
    Filter.ValuePath valuePath = new Filter.ValuePath(path, valFilter(pathToken));
    if (lexer.peek().isSubAttributeAfterBracket()) {
      throw fail(
          "A sub-attribute after ']' is allowed only in a PATCH path", lexer.peek().position());
    }
    return valuePath;
  }

  // attrExp = (attrPath SP "pr") / (attrPath SP compareOp SP compValue)
  private Filter attrExp(AttributePath path) {
    Token token = lexer.next();
    if (token.isKeyword("pr")) {
      values.refuseValueAfterPresent(lexer.peek());
      return new Filter.Present(path);
    }
    Operator operator = compareOp(token, path);
    return new Filter.Comparison(path, operator, values.compValue(lexer.next(), operator));
  }

  // compareOp = "eq" / "ne" / "co" / "sw" / "ew" / "gt" / "lt" / "ge" / "le"
  private Operator compareOp(Token token, AttributePath path) {
    return Optional.of(token)
        .filter(word -> word.is(Type.WORD))
        .flatMap(word -> Operator.fromKeyword(word.text()))
        .orElseThrow(
            () -> fail("Expected a comparison operator after '" + path + "'", token.position()));
  }

  // valuePath = attrPath "[" valFilter "]"
  // valFilter = attrExp / logExp / *1"not" "(" valFilter ")"; without a nested valuePath, which
  // the grammar's logExp would allow but §3.4.2.2's text and errata 4690 and 7322 rule out.
  private Filter valFilter(Token pathToken) {
    Token open = lexer.next();
    if (open.spaceBefore()) {
      throw fail("Expected '[' right after '" + pathToken.text() + "'", open.position());
    }
    if (insideValuePath) {
      throw fail("A value filter must not hold another '['", open.position());
    }
    enter(open);
    insideValuePath = true;
    Filter filter = filter();
    close(open, Type.RIGHT_BRACKET, "Expected 'and', 'or' or ']'");
    insideValuePath = false;
    return filter;
  }

  // attrPath = [URI ":"] ATTRNAME *1subAttr
  private AttributePath attrPath(Token token) {
    return new AttributePathSyntax(token, kind).attrPath();
  }

  // subAttr = "." ATTRNAME, right after the "]" of a PATCH path's valuePath
  private Optional<String> subAttr() {
    if (!lexer.peek().isSubAttributeAfterBracket()) {
      return Optional.empty();
    }
    return Optional.of(new AttributePathSyntax(lexer.next(), kind).subAttrWord());
  }

  // Whether the token after a word "not" shows that word to be an attribute named "not".
  private static boolean startsAttrExp(Token next) {
    return next.is(Type.LEFT_BRACKET)
        || next.isKeyword("pr")
        || (next.is(Type.WORD) && Operator.fromKeyword(next.text()).isPresent());
  }

  private void enter(Token open) {
    if (++depth > MAX_NESTING_DEPTH) {
      throw fail("Nesting deeper than " + MAX_NESTING_DEPTH + " levels", open.position());
    }
  }

  private void close(Token open, Type closing, String expected) {
    Token token = lexer.next();
    if (token.is(Type.END)) {
      throw fail("Unbalanced '" + open.text() + "'", open.position());
    }
    if (!token.is(closing)) {
      throw fail(expected, token.position());
    }
    depth--;
  }

  private void expectEnd(String expected) {
    Token token = lexer.peek();
    if (token.is(Type.RIGHT_PAREN) || token.is(Type.RIGHT_BRACKET)) {
      throw fail("Unbalanced '" + token.text() + "'", token.position());
    }
    if (!token.is(Type.END)) {
      throw fail(expected, token.position());
    }
  }

  private InvalidFilterException fail(String reason, int position) {
    return new InvalidFilterException(kind, reason, position);
  }
}
