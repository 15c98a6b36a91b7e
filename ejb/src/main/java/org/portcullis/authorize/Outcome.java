package org.portcullis.authorize;

/**
 * The next step of an authorization and, when a sign-in started an SSO session, the cookie value
 * that names it (shown this once).
 */
public record Outcome(Step step, String sessionCookie) {

  static Outcome of(Step step) {
    return new Outcome(step, null);
  }

  @Override
  public String toString() {
    return "Outcome[" + step.getClass().getSimpleName() + "]";
  }
}
