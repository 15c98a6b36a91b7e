package org.portcullis.authorize;

import java.net.URI;
import java.util.List;

/** What the browser is shown next in an authorization: sign-in, consent, or back to the client. */
public sealed interface Step {

  /**
   * The sign-in page.
   *
   * @param loginHint the user name to fill in, or null
   * @param problem why the last attempt failed, fit for the user, or null
   * @param redirectUri where the flow ends, which the page's form may lead to
   */
  record Login(
      String requestId, String clientName, String loginHint, String problem, String redirectUri)
      implements Step {}

  /** The consent page of a third-party client, listing what it asks for. */
  record Consent(String requestId, String clientName, List<String> scopes, String redirectUri)
      implements Step {

    public Consent {
      scopes = List.copyOf(scopes);
    }
  }

  /**
   * The second-factor page: the user's security key, a code of the user's authenticator app, or a
   * recovery code.
   *
   * @param problem why the last attempt was refused, or null
   * @param factors what the user can give
   */
  record SecondFactor(
      String requestId, String clientName, String problem, String redirectUri, Factors factors)
      implements Step {

    /** The same page with another problem. */
    public SecondFactor withProblem(String other) {
      return new SecondFactor(requestId, clientName, other, redirectUri, factors);
    }
  }

  /**
   * The second factors a user who gave the password can give.
   *
   * @param userName for the security key ceremony (the keys it may use)
   * @param securityKey whether the user has a security key
   * @param codes whether the user has an authenticator app or recovery codes
   */
  record Factors(String userId, String userName, boolean securityKey, boolean codes) {}

  /**
   * The page where a user who gave the password enrolls a security key first (policy requires a
   * second factor the user lacks, or an admin asked for a new key).
   *
   * @param problem why the last registration was refused, or null
   */
  record Enroll(
      String requestId,
      String clientName,
      String problem,
      String redirectUri,
      String userId,
      String userName)
      implements Step {}

  /** Back to the client's redirect URI, with a code or an error. */
  record Redirect(URI location) implements Step {}
}
