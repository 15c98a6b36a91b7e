package org.portcullis.mfa;

/** Whether a tenant's users give a second factor at sign-in. */
public enum MfaMode {
  /** Never asked, even of users who enrolled one. */
  OFF,
  /** Asked of the users who enrolled one. */
  OPTIONAL,
  /** Asked of everyone (or of the users with a required role); without one, no sign-in. */
  REQUIRED
}
