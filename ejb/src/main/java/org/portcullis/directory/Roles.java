package org.portcullis.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A set of role names, without duplicates, in a stable order. A role name is 1 to 255 visible ASCII
 * characters without spaces ({@code platform-admin}, {@code tenant-admin}, {@code app:reader});
 * roles become the {@code groups} claim of access tokens.
 */
public final class Roles {

  private static final Pattern NAME = Pattern.compile("[\\x21-\\x7E]{1,255}");

  /** The role of platform administrators, in tenant {@code system}. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  public static final Roles NONE = new Roles(new TreeSet<>());

  private final SortedSet<String> names;

  private Roles(SortedSet<String> names) {
    this.names = names;
  }

  public static Roles of(String... names) {
    return of(Arrays.asList(names));
  }

  /**
   * @throws IllegalArgumentException when a name is not a role name
   */
  public static Roles of(Collection<String> names) {
    TreeSet<String> set = new TreeSet<>();
    for (String name : names) {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Not a role name: " + name);
      }
      set.add(name);
    }
    return new Roles(set);
  }

  /** Parses the stored, space-separated form. */
  public static Roles parse(String spaceSeparated) {
    if (spaceSeparated == null || spaceSeparated.isBlank()) {
      return NONE;
    }
    return of(Arrays.asList(spaceSeparated.strip().split(" +")));
  }

  public Set<String> names() {
    return Set.copyOf(names);
  }

  public boolean contains(String name) {
    return names.contains(name);
  }

  /** The stored form: names separated by single spaces. */
  public String format() {
    return names.stream().collect(Collectors.joining(" "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Roles other && names.equals(other.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
