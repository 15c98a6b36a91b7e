package org.portcullis.directory.scim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Short factories for the expected syntax trees of the tests. */
final class Trees {

  static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private Trees() {}

  static AttributePath path(String attribute) {
    return AttributePath.of(attribute);
  }

  static AttributePath path(String attribute, String subAttribute) {
    return AttributePath.of(attribute, subAttribute);
  }

  static AttributePath urnPath(String urn, String attribute) {
    return new AttributePath(Optional.of(urn), attribute, Optional.empty());
  }

  static Value string(String value) {
    return new Value.StringValue(value);
  }

  static Value number(String value) {
    return new Value.NumberValue(new BigDecimal(value));
  }

  static Filter compare(AttributePath path, Operator operator, Value value) {
    return new Filter.Comparison(path, operator, value);
  }

  static Filter eq(String attribute, String value) {
    return compare(path(attribute), Operator.EQ, string(value));
  }

  static Filter present(String attribute) {
    return new Filter.Present(path(attribute));
  }

  static Filter and(Filter... operands) {
    return new Filter.And(List.of(operands));
  }

  static Filter or(Filter... operands) {
    return new Filter.Or(List.of(operands));
  }

  static Filter not(Filter filter) {
    return new Filter.Not(filter);
  }

  static Filter valuePath(String attribute, Filter filter) {
    return new Filter.ValuePath(path(attribute), filter);
  }
}
