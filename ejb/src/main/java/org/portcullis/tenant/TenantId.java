package org.portcullis.tenant;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A tenant's id: a DNS label, lower case ({@code ^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$}). It is
 * the last path segment of the tenant's issuer, {@code {base}/t/{id}}.
 */
public record TenantId(String value) implements Serializable {

  private static final Pattern SYNTAX = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");

  /** The tenant that always exists; its admins administer the whole platform. */
  public static final TenantId SYSTEM = new TenantId("system");

  public TenantId {
    if (value == null || !SYNTAX.matcher(value).matches()) {
      throw new InvalidTenantIdException();
    }
  }

  /** Whether {@code candidate} is a well-formed tenant id. */
  public static boolean isValid(String candidate) {
    return candidate != null && SYNTAX.matcher(candidate).matches();
  }

  public boolean isSystem() {
    return equals(SYSTEM);
  }

  @Override
  public String toString() {
    return value;
  }
}
