package org.portcullis.client;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An OAuth scope (RFC 6749 §3.3): a set of scope tokens, each {@code 1*NQCHAR}, written
 * space-separated. Order and duplicates carry no meaning.
 */
public final class Scope {

  private static final Pattern TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  /** A platform admin's scope, granted only in tenant {@code system}. */
  public static final String PLATFORM_ADMIN = "platform:admin";

  /** A tenant admin's scope, valid only in its own tenant. */
  public static final String TENANT_ADMIN = "tenant:admin";

  /** The SCIM provisioning scope of a tenant. */
  public static final String SCIM = "scim";

  public static final Scope EMPTY = new Scope(new TreeSet<>());

  private final SortedSet<String> tokens;

  private Scope(SortedSet<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses a space-delimited scope value.
   *
   * @throws IllegalArgumentException when a token has a character outside NQCHAR
   */
  public static Scope parse(String value) {
    if (value == null || value.isBlank()) {
      return EMPTY;
    }
    return of(Arrays.asList(value.strip().split(" +")));
  }

  public static Scope of(Collection<String> tokens) {
    TreeSet<String> set = new TreeSet<>();
    for (String token : tokens) {
      if (token == null || !TOKEN.matcher(token).matches()) {
        throw new IllegalArgumentException("A scope token is one or more NQCHAR (RFC 6749 §3.3)");
      }
      set.add(token);
    }
    return new Scope(set);
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  public boolean contains(String token) {
    return tokens.contains(token);
  }

  /** Whether every token of this scope is in {@code other}. */
  public boolean isSubsetOf(Scope other) {
    return other.tokens.containsAll(tokens);
  }

  public Set<String> tokens() {
    return Set.copyOf(tokens);
  }

  /** The protocol form: tokens separated by single spaces. */
  public String format() {
    return String.join(" ", tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope other && tokens.equals(other.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
