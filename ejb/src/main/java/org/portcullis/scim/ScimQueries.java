package org.portcullis.scim;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.portcullis.directory.Group;
import org.portcullis.directory.GroupMember;
import org.portcullis.directory.User;
import org.portcullis.directory.UserEmail;
import org.portcullis.directory.UserRole;
import org.portcullis.directory.scim.AttributePath;
import org.portcullis.directory.scim.Filter;
import org.portcullis.directory.scim.Operator;
import org.portcullis.directory.scim.Value;
import org.portcullis.scim.Attribute.Type;

/**
 * Translates SCIM filters and sort orders (RFC 7644 §3.4.2.2, §3.4.2.3) into JPA Criteria
 * predicates and orders, so that the database does the filtering: nothing is filtered in memory.
 *
 * <p>Each attribute maps to a column, compared as its schema says: case-insensitive strings through
 * a lower-cased key column where one is indexed ({@code userName}, a group's {@code displayName})
 * or through {@code lower()}; multi-valued attributes ({@code emails}, {@code roles}, {@code
 * groups}, {@code members}) through an {@code exists} subquery, so that a value filter such as
 * {@code emails[type eq "work" and value co "@example.com"]} holds for one and the same value. An
 * attribute the schema lacks, or an operator its type does not have, is an {@code invalidFilter}.
 */
public final class ScimQueries {

  /** The most comparisons one filter may make: past it, {@code tooMany}. */
  public static final int MAX_COMPARISONS = 64;

  private final CriteriaBuilder cb;
  private final AbstractQuery<?> query;

  private ScimQueries(CriteriaBuilder cb, AbstractQuery<?> query) {
    this.cb = cb;
    this.query = query;
  }

  /** The predicate of {@code filter} over users. */
  public static Predicate users(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<User> user, Filter filter) {
    requireBounded(filter);
    var translation = new ScimQueries(cb, query);
    return translation.translate(filter, translation.userAttributes(user));
  }

  /** The predicate of {@code filter} over groups. */
  public static Predicate groups(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<Group> group, Filter filter) {
    requireBounded(filter);
    var translation = new ScimQueries(cb, query);
    return translation.translate(filter, translation.groupAttributes(group));
  }

  /** The order of users by {@code sortBy}, then by id, so that pages do not overlap. */
  public static List<Order> userOrder(
      CriteriaBuilder cb, Root<User> user, AttributePath sortBy, boolean descending) {
    var translation = new ScimQueries(cb, null);
    return translation.order(translation.userAttributes(user), user, sortBy, descending);
  }

  /** The order of groups by {@code sortBy}, then by id. */
  public static List<Order> groupOrder(
      CriteriaBuilder cb, Root<Group> group, AttributePath sortBy, boolean descending) {
    var translation = new ScimQueries(cb, null);
    return translation.order(translation.groupAttributes(group), group, sortBy, descending);
  }

  // --- what each attribute is in the database ---

  /** A single-valued attribute's column; {@code folded} when the column holds lower case. */
  private record Column(Attribute definition, Expression<?> expression, boolean folded) {}

  /** Resolves an attribute path, relative to a resource or to one value of a complex attribute. */
  private interface Attributes {
    Optional<Column> column(Attribute top, Optional<String> sub);

    /** The exists-predicate of a multi-valued attribute: one value satisfies {@code filter}. */
    Optional<Predicate> anyValue(Attribute top, Optional<Filter> filter);

    ResourceSchema schema();

    /** For a value filter: the attribute whose values the paths are relative to, if any. */
    default Optional<Attribute> parent() {
      return Optional.empty();
    }
  }

  private Attributes userAttributes(From<?, User> user) {
    return new Attributes() {
      @Override
      public ResourceSchema schema() {
        return ScimSchemas.USERS;
      }

      @Override
      public Optional<Column> column(Attribute top, Optional<String> sub) {
        String name = top.key() + sub.map(s -> "." + s.toLowerCase(Locale.ROOT)).orElse("");
        return Optional.ofNullable(
                Map.of(
                        "id", "id",
                        "externalid", "externalId",
                        "username", "userNameKey",
                        "displayname", "displayName",
                        "name.formatted", "formattedName",
                        "name.familyname", "familyName",
                        "name.givenname", "givenName",
                        "active", "active",
                        "meta.created", "createdAt",
                        "meta.lastmodified", "modifiedAt")
                    .get(name))
            .map(
                field ->
                    new Column(definition(top, sub), user.get(field), field.equals("userNameKey")));
      }

      @Override
      public Optional<Predicate> anyValue(Attribute top, Optional<Filter> filter) {
        return switch (top.key()) {
          case "emails" ->
              Optional.of(
                  exists(
                      UserEmail.class,
                      "user",
                      user,
                      top,
                      filter,
                      (email, sub) ->
                          switch (sub) {
                            case "value" -> Optional.of(email.get("address"));
                            case "type" -> Optional.of(email.get("type"));
                            case "primary" -> Optional.of(email.get("primary"));
                            default -> Optional.empty();
                          }));
          case "roles" ->
              Optional.of(
                  exists(
                      UserRole.class,
                      "user",
                      user,
                      top,
                      filter,
                      (role, sub) ->
                          sub.equals("value") || sub.equals("display")
                              ? Optional.of(role.get("role").get("name"))
                              : Optional.empty()));
          case "groups" ->
              Optional.of(
                  exists(
                      GroupMember.class,
                      "user",
                      user,
                      top,
                      filter,
                      (member, sub) ->
                          switch (sub) {
                            case "value" -> Optional.of(member.get("directoryGroup").get("id"));
                            case "display" ->
                                Optional.of(member.get("directoryGroup").get("displayNameKey"));
                            default -> Optional.empty();
                          }));
          default -> Optional.empty();
        };
      }
    };
  }

  private Attributes groupAttributes(From<?, Group> group) {
    return new Attributes() {
      @Override
      public ResourceSchema schema() {
        return ScimSchemas.GROUPS;
      }

      @Override
      public Optional<Column> column(Attribute top, Optional<String> sub) {
        String name = top.key() + sub.map(s -> "." + s.toLowerCase(Locale.ROOT)).orElse("");
        return Optional.ofNullable(
                Map.of(
                        "id", "id",
                        "externalid", "externalId",
                        "displayname", "displayNameKey",
                        "meta.created", "createdAt",
                        "meta.lastmodified", "modifiedAt")
                    .get(name))
            .map(
                field ->
                    new Column(
                        definition(top, sub), group.get(field), field.equals("displayNameKey")));
      }

      @Override
      public Optional<Predicate> anyValue(Attribute top, Optional<Filter> filter) {
        if (!top.key().equals("members")) {
          return Optional.empty();
        }
        return Optional.of(
            exists(
                GroupMember.class,
                "directoryGroup",
                group,
                top,
                filter,
                (member, sub) ->
                    switch (sub) {
                      case "value" -> Optional.of(member.get("user").get("id"));
                      case "display" -> Optional.of(member.get("user").get("userNameKey"));
                      default -> Optional.empty();
                    }));
      }
    };
  }

  private static Attribute definition(Attribute top, Optional<String> sub) {
    return sub.flatMap(top::subAttribute).orElse(top);
  }

  /**
   * {@code exists (select v.id from E v where v.owner = resource and filter(v))}: the values of a
   * multi-valued attribute live in rows of their own.
   */
  private <E> Predicate exists(
      Class<E> valueType,
      String owner,
      From<?, ?> resource,
      Attribute attribute,
      Optional<Filter> filter,
      BiFunction<Root<E>, String, Optional<Expression<?>>> subColumn) {
    Subquery<String> values = query.subquery(String.class);
    Root<E> value = values.from(valueType);
    Predicate owned = cb.equal(value.get(owner), resource);
    Attributes ofValue =
        new Attributes() {
          @Override
          public ResourceSchema schema() {
            return null;
          }

          @Override
          public Optional<Attribute> parent() {
            return Optional.of(attribute);
          }

          @Override
          public Optional<Column> column(Attribute sub, Optional<String> none) {
            return none.isPresent()
                ? Optional.empty()
                : subColumn
                    .apply(value, sub.key())
                    .map(e -> new Column(sub, e, isFolded(attribute, sub)));
          }

          @Override
          public Optional<Predicate> anyValue(Attribute top, Optional<Filter> nested) {
            return Optional.empty();
          }
        };
    values.select(value.get("id"));
    values.where(filter.map(f -> cb.and(owned, translate(f, ofValue))).orElse(owned));
    return cb.exists(values);
  }

  /** The key columns that hold lower case: a group's name as a user's group, a member's name. */
  private static boolean isFolded(Attribute parent, Attribute sub) {
    return sub.key().equals("display")
        && (parent.key().equals("groups") || parent.key().equals("members"));
  }

  // --- the filter tree ---

  private Predicate translate(Filter filter, Attributes attributes) {
    if (filter instanceof Filter.And and) {
      return cb.and(
          and.operands().stream().map(f -> translate(f, attributes)).toArray(Predicate[]::new));
    }
    if (filter instanceof Filter.Or or) {
      return cb.or(
          or.operands().stream().map(f -> translate(f, attributes)).toArray(Predicate[]::new));
    }
    if (filter instanceof Filter.Not not) {
      return cb.not(translate(not.filter(), attributes));
    }
    if (filter instanceof Filter.Present present) {
      return present(present.path(), attributes);
    }
    if (filter instanceof Filter.Comparison comparison) {
      return comparison(comparison, attributes);
    }
    return valuePath((Filter.ValuePath) filter, attributes);
  }

  private Predicate present(AttributePath path, Attributes attributes) {
    Attribute top = attribute(path, attributes);
    if (top.multiValued()) {
      Optional<Filter> values =
          path.subAttribute().map(sub -> new Filter.Present(AttributePath.of(sub)));
      return anyValue(top, values, attributes);
    }
    Column column = column(top, path, attributes);
    Predicate notNull = cb.isNotNull(column.expression());
    return column.definition().type() == Type.STRING
        ? cb.and(notNull, cb.notEqual(column.expression(), ""))
        : notNull;
  }

  private Predicate comparison(Filter.Comparison comparison, Attributes attributes) {
    AttributePath path = comparison.path();
    Attribute top = attribute(path, attributes);
    if (top.multiValued()) {
      // RFC 7644 §3.4.2.2: a multi-valued attribute without sub-attribute compares its "value".
      String sub = path.subAttribute().orElse("value");
      Filter onValue =
          new Filter.Comparison(AttributePath.of(sub), comparison.operator(), comparison.value());
      return anyValue(top, Optional.of(onValue), attributes);
    }
    return compare(column(top, path, attributes), comparison.operator(), comparison.value());
  }

  private Predicate valuePath(Filter.ValuePath valuePath, Attributes attributes) {
    AttributePath path = valuePath.attribute();
    Attribute top = attribute(path, attributes);
    if (!top.multiValued() || path.subAttribute().isPresent()) {
      throw ScimException.invalidFilter(
          "A value filter [...] applies to a multi-valued attribute: " + path);
    }
    return anyValue(top, Optional.of(valuePath.filter()), attributes);
  }

  private Predicate anyValue(Attribute top, Optional<Filter> filter, Attributes attributes) {
    return attributes
        .anyValue(top, filter)
        .orElseThrow(() -> ScimException.invalidFilter("Cannot filter by " + top.name()));
  }

  private static Attribute attribute(AttributePath path, Attributes attributes) {
    Optional<Attribute> found =
        attributes
            .parent()
            .map(
                parent ->
                    path.schemaUrn().isPresent() || path.subAttribute().isPresent()
                        ? Optional.<Attribute>empty()
                        : parent.subAttribute(path.attribute()))
            .orElseGet(
                () ->
                    path.schemaUrn().isPresent()
                            && !path.schemaUrn().get().equalsIgnoreCase(attributes.schema().id())
                        ? Optional.empty()
                        : attributes.schema().attribute(path.attribute()));
    Attribute attribute =
        found.orElseThrow(() -> ScimException.invalidFilter("No attribute " + path));
    if (attribute.returned() == Attribute.Returned.NEVER) {
      throw ScimException.invalidFilter("Cannot filter by " + attribute.name());
    }
    return attribute;
  }

  private static Column column(Attribute top, AttributePath path, Attributes attributes) {
    if (path.subAttribute().isPresent() && top.subAttribute(path.subAttribute().get()).isEmpty()) {
      throw ScimException.invalidFilter("No attribute " + path);
    }
    if (top.type() == Type.COMPLEX && path.subAttribute().isEmpty()) {
      throw ScimException.invalidFilter("Compare a sub-attribute of " + top.name());
    }
    Optional<String> sub = attributes.parent().isPresent() ? Optional.empty() : path.subAttribute();
    return attributes
        .column(top, sub)
        .orElseThrow(() -> ScimException.invalidFilter("Cannot filter by " + path));
  }

  // --- comparisons by type ---

  @SuppressWarnings("unchecked")
  private Predicate compare(Column column, Operator operator, Value value) {
    Attribute definition = column.definition();
    if (value instanceof Value.NullValue) {
      return switch (operator) {
        case EQ -> cb.isNull(column.expression());
        case NE -> cb.isNotNull(column.expression());
        default -> throw ScimException.invalidFilter(operator + " does not compare with null");
      };
    }
    return switch (definition.type()) {
      case STRING, REFERENCE -> compareText(column, operator, text(definition, value));
      case BOOLEAN -> compareBoolean((Expression<Boolean>) column.expression(), operator, value);
      case DATE_TIME ->
          compareOrdered(
              (Expression<OffsetDateTime>) column.expression(), operator, dateTime(value));
      case COMPLEX -> throw ScimException.invalidFilter("Compare a sub-attribute");
    };
  }

  @SuppressWarnings("unchecked")
  private Predicate compareText(Column column, Operator operator, String text) {
    Expression<String> expression = (Expression<String>) column.expression();
    String literal = text;
    if (!column.definition().caseExact()) {
      literal = text.toLowerCase(Locale.ROOT);
      if (!column.folded()) {
        expression = cb.lower(expression);
      }
    }
    return switch (operator) {
      case EQ -> cb.equal(expression, literal);
      case NE -> cb.or(cb.isNull(expression), cb.notEqual(expression, literal));
      case CO -> cb.like(expression, "%" + escapeLike(literal) + "%", '\\');
      case SW -> cb.like(expression, escapeLike(literal) + "%", '\\');
      case EW -> cb.like(expression, "%" + escapeLike(literal), '\\');
      case GT, GE, LT, LE -> compareOrdered(expression, operator, literal);
    };
  }

  private <C extends Comparable<? super C>> Predicate compareOrdered(
      Expression<C> expression, Operator operator, C literal) {
    return switch (operator) {
      case EQ -> cb.equal(expression, literal);
      case NE -> cb.or(cb.isNull(expression), cb.notEqual(expression, literal));
      case GT -> cb.greaterThan(expression, literal);
      case GE -> cb.greaterThanOrEqualTo(expression, literal);
      case LT -> cb.lessThan(expression, literal);
      case LE -> cb.lessThanOrEqualTo(expression, literal);
      case CO, SW, EW -> throw ScimException.invalidFilter(operator + " compares strings only");
    };
  }

  private Predicate compareBoolean(Expression<Boolean> expression, Operator operator, Value value) {
    if (!(value instanceof Value.BooleanValue bool)) {
      throw ScimException.invalidFilter("A boolean attribute compares with true or false");
    }
    return switch (operator) {
      case EQ -> cb.equal(expression, bool.value());
      case NE -> cb.notEqual(expression, bool.value());
      default -> throw ScimException.invalidFilter(operator + " does not compare booleans");
    };
  }

  private static String text(Attribute definition, Value value) {
    if (value instanceof Value.StringValue string) {
      return string.value();
    }
    throw ScimException.invalidFilter(definition.name() + " compares with a string");
  }

  private static OffsetDateTime dateTime(Value value) {
    if (value instanceof Value.StringValue string) {
      try {
        return OffsetDateTime.parse(string.value());
      } catch (DateTimeParseException e) {
        // fall through to the refusal
      }
    }
    throw ScimException.invalidFilter("A dateTime compares with an xsd:dateTime string");
  }

  /** Escapes LIKE's wildcards so that {@code co "50%"} means the characters 5, 0 and %. */
  static String escapeLike(String literal) {
    return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  // --- sorting ---

  private List<Order> order(
      Attributes attributes, From<?, ?> root, AttributePath sortBy, boolean descending) {
    Optional<Attribute> top =
        sortBy.schemaUrn().isPresent()
                && !sortBy.schemaUrn().get().equalsIgnoreCase(attributes.schema().id())
            ? Optional.empty()
            : attributes.schema().attribute(sortBy.attribute());
    Column column =
        top.filter(a -> !a.multiValued() && a.returned() != Attribute.Returned.NEVER)
            .flatMap(
                a ->
                    (a.type() == Type.COMPLEX) == sortBy.subAttribute().isPresent()
                        ? attributes.column(a, sortBy.subAttribute())
                        : Optional.empty())
            .orElseThrow(
                () -> ScimException.invalidValue("Cannot sort by " + sortBy + ": not sortable"));
    Expression<?> key =
        column.definition().caseExact()
                || column.folded()
                || column.definition().type() != Type.STRING
            ? column.expression()
            : cb.lower(column.expression().as(String.class));
    // The tenant first: constant within the results, it lets the database read a page in the
    // order of the (tenant_id, key, id) indexes instead of sorting the whole tenant (V9).
    Expression<?> tenant = root.get("tenantId");
    return descending
        ? List.of(cb.desc(tenant), cb.desc(key), cb.desc(root.get("id")))
        : List.of(cb.asc(tenant), cb.asc(key), cb.asc(root.get("id")));
  }

  // --- bounds ---

  private static void requireBounded(Filter filter) {
    if (comparisons(filter) > MAX_COMPARISONS) {
      throw ScimException.tooMany(
          "The filter makes more than " + MAX_COMPARISONS + " comparisons; narrow it");
    }
  }

  private static int comparisons(Filter filter) {
    if (filter instanceof Filter.And and) {
      return and.operands().stream().mapToInt(ScimQueries::comparisons).sum();
    }
    if (filter instanceof Filter.Or or) {
      return or.operands().stream().mapToInt(ScimQueries::comparisons).sum();
    }
    if (filter instanceof Filter.Not not) {
      return comparisons(not.filter());
    }
    if (filter instanceof Filter.ValuePath valuePath) {
      return comparisons(valuePath.filter());
    }
    return 1;
  }
}
