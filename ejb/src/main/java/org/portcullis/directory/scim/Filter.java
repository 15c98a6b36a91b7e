package org.portcullis.directory.scim;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A SCIM filter, RFC 7644 §3.4.2.2, as an immutable syntax tree.
 *
 * <p>{@link #toString()} renders a canonical filter (lower-case keywords, single spaces, JSON
 * values, parentheses only where the tree needs them) that {@link #parse(String)} turns back into
 * an equal tree. That text holds the comparison values, which are often personal data (user names,
 * e-mail addresses): do not log it.
 */
public sealed interface Filter
    permits Filter.Comparison, Filter.Present, Filter.And, Filter.Or, Filter.Not, Filter.ValuePath {

  /**
   * Parses a filter such as {@code userName eq "bjensen" and emails[type eq "work"]}.
   *
   * <p>Keywords ({@code and or not pr eq ...}) are case-insensitive; {@code and} binds tighter than
   * {@code or}. Input longer than 4096 characters or nested deeper than 32 levels of {@code (} and
   * {@code [} is refused.
   *
   * @throws InvalidFilterException of kind {@link InvalidFilterException.Kind#FILTER} when {@code
   *     filter} is not a filter
   */
  static Filter parse(String filter) {
    return FilterParser.parseFilter(filter);
  }

  /** {@code attrPath SP compareOp SP compValue}. */
  record Comparison(AttributePath path, Operator operator, Value value) implements Filter {
    public Comparison {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return path + " " + operator.keyword() + " " + value;
    }
  }

  /** {@code attrPath SP "pr"}: the attribute has a non-empty value. */
  record Present(AttributePath path) implements Filter {
    public Present {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
      return path + " pr";
    }
  }

  /** Two or more filters that must all match, as {@code a and b and c} reads. */
  record And(List<Filter> operands) implements Filter {
    public And {
      operands = atLeastTwo(operands);
    }

    @Override
    public String toString() {
      return join(operands, " and ", operand -> operand instanceof And || operand instanceof Or);
    }
  }

  /** Two or more filters of which one must match, as {@code a or b or c} reads. */
  record Or(List<Filter> operands) implements Filter {
    public Or {
      operands = atLeastTwo(operands);
    }

    @Override
    public String toString() {
      return join(operands, " or ", operand -> operand instanceof Or);
    }
  }

  /** {@code "not" "(" FILTER ")"}. */
  record Not(Filter filter) implements Filter {
    public Not {
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String toString() {
      return "not (" + filter + ")";
    }
  }

  /**
   * {@code valuePath = attrPath "[" valFilter "]"}: one value of a multi-valued complex attribute
   * matches {@code filter}, whose paths name sub-attributes of {@code attribute}.
   *
   * @param filter never holds a {@code ValuePath} itself: RFC 7644 §3.4.2.2 allows no nesting
   */
  record ValuePath(AttributePath attribute, Filter filter) implements Filter {
    public ValuePath {
      Objects.requireNonNull(attribute, "attribute");
      if (containsValuePath(Objects.requireNonNull(filter, "filter"))) {
        throw new IllegalArgumentException("A value filter must not hold another value filter");
      }
    }

    @Override
    public String toString() {
      return attribute + "[" + filter + "]";
    }
  }

  private static List<Filter> atLeastTwo(List<Filter> operands) {
    List<Filter> copy = List.copyOf(operands);
    if (copy.size() < 2) {
      throw new IllegalArgumentException("A logical expression joins at least two filters");
    }
    return copy;
  }

  private static String join(
      List<Filter> operands, String keyword, Predicate<Filter> needsParentheses) {
    return operands.stream()
        .map(operand -> needsParentheses.test(operand) ? "(" + operand + ")" : operand.toString())
        .collect(Collectors.joining(keyword));
  }

  private static boolean containsValuePath(Filter filter) {
    if (filter instanceof ValuePath) {
      return true;
    }
    if (filter instanceof Not not) {
      return containsValuePath(not.filter());
    }
    if (filter instanceof And and) {
      return and.operands().stream().anyMatch(Filter::containsValuePath);
    }
    if (filter instanceof Or or) {
      return or.operands().stream().anyMatch(Filter::containsValuePath);
    }
    return false;
  }
}
