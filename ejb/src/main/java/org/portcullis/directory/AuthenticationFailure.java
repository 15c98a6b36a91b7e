package org.portcullis.directory;

/**
 * Why {@link UserDirectory#authenticate} refused a sign-in, as the audit trail records it: each
 * reason is its own action, {@code user.authentication.failed.<code>}, with outcome FAILURE. The
 * caller learns none of it (the user sees one message for all), only the tenant's admins do.
 */
public enum AuthenticationFailure {
  /** No user of the tenant has this userName; the event has no target. */
  UNKNOWN_USER("unknown-user"),
  /** The user has no password (it signs in some other way). */
  NO_PASSWORD("no-password"),
  /** The password does not match. */
  WRONG_PASSWORD("wrong-password"),
  /** The password matches, but the user is deactivated. */
  INACTIVE("inactive");

  /** What every failure's action starts with. */
  public static final String ACTION_PREFIX = "user.authentication.failed.";

  private final String code;

  AuthenticationFailure(String code) {
    this.code = code;
  }

  /** The reason code: lower case with dashes. */
  public String code() {
    return code;
  }

  /** The audit action of this failure. */
  public String action() {
    return ACTION_PREFIX + code;
  }
}
