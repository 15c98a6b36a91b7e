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
   * The second-factor page: a code of the user's authenticator, or a recovery code.
   *
   * @param problem why the last code was refused, or null
   */
  record SecondFactor(String requestId, String clientName, String problem, String redirectUri)
      implements Step {}

  /** Back to the client's redirect URI, with a code or an error. */
  record Redirect(URI location) implements Step {}
}
