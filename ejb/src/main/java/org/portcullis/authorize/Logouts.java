package org.portcullis.authorize;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.SecretHash;
import org.portcullis.session.SsoSession;
import org.portcullis.session.SsoSessions;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.token.IdTokenHints;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): ends the browser's SSO session, and
 * the session an {@code id_token_hint} names, then returns to the client's {@code
 * post_logout_redirect_uri} when it is registered exactly for that client. Without a valid hint the
 * user is asked to confirm first (§2: the OP should confirm), so that a link cannot sign anyone
 * out. Ending a session revokes its refresh tokens and notifies its clients (back-channel).
 */
@Stateless
@TenantIsolated
public class Logouts {

  @Inject private IdTokenHints hints;

  @Inject private ClientRegistry clients;

  @Inject private SsoSessions sessions;

  /**
   * A validated logout request.
   *
   * @param hint the verified hint, or null
   * @param returnTo where to send the browser afterwards, or null for the signed-out page
   */
  public record Validated(IdTokenHints.IdTokenHint hint, URI returnTo, String clientName) {

    /** Whether the user must confirm: nothing proves the request came from the user's client. */
    public boolean needsConfirmation() {
      return hint == null;
    }
  }

  /**
   * @throws UnsafeAuthorizationRequestException when the hint is invalid, names another client, or
   *     the redirect URI is not registered: nothing redirects then
   */
  public Validated validate(
      Issuer issuer,
      String idTokenHint,
      String clientId,
      String postLogoutRedirectUri,
      String state) {
    IdTokenHints.IdTokenHint hint = null;
    if (idTokenHint != null) {
      hint =
          hints
              .read(idTokenHint, issuer)
              .orElseThrow(
                  () ->
                      new UnsafeAuthorizationRequestException("The logout request is not valid."));
      if (clientId != null && !clientId.equals(hint.clientId())) {
        throw new UnsafeAuthorizationRequestException("The logout request is not valid.");
      }
    }
    Optional<String> named =
        Optional.ofNullable(hint)
            .map(IdTokenHints.IdTokenHint::clientId)
            .or(() -> Optional.ofNullable(clientId));
    Optional<OAuthClient> client =
        named.filter(ClientId::isValid).flatMap(id -> clients.find(new ClientId(id)));
    if (postLogoutRedirectUri == null) {
      return new Validated(hint, null, client.map(OAuthClient::clientName).orElse(null));
    }
    // Exact match against the client's registration (loopback port-agnostic, RFC 8252 §7.3, as
    // for redirect URIs); no client, no redirect.
    boolean registered =
        client.isPresent()
            && client.get().metadata().postLogoutRedirectUris().stream()
                .anyMatch(uri -> uri.matches(postLogoutRedirectUri));
    if (!registered) {
      throw new UnsafeAuthorizationRequestException(
          "The address to return to after logout is not registered for this client.");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("state", state);
    return new Validated(
        hint,
        Authorizations.withQuery(postLogoutRedirectUri, parameters),
        client.get().clientName());
  }

  /**
   * The value the confirmation form carries: derived from the SSO cookie, which a page of another
   * site can neither read nor guess (CSRF).
   */
  public static String confirmationOf(String sessionCookie) {
    return sessionCookie == null ? "" : SecretHash.of("logout\n" + sessionCookie).value();
  }

  /**
   * Ends the sessions the request concerns.
   *
   * @param confirmation the confirmation form's value, when there was no hint
   * @return whether the request was allowed to end the browser's session
   */
  public boolean logout(
      Issuer issuer, Validated request, String sessionCookie, String confirmation) {
    Optional<SsoSession> browserSession = sessions.find(sessionCookie);
    boolean confirmed =
        !request.needsConfirmation()
            || browserSession.isEmpty()
            || (confirmation != null
                && java.security.MessageDigest.isEqual(
                    confirmationOf(sessionCookie)
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    confirmation.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    if (!confirmed) {
      return false;
    }
    browserSession.ifPresent(session -> sessions.end(issuer, session.id()));
    if (request.hint() != null && request.hint().sessionId() != null) {
      sessions
          .byId(request.hint().sessionId())
          .filter(session -> session.userId().equals(request.hint().subject()))
          .ifPresent(session -> sessions.end(issuer, session.id()));
    }
    return true;
  }
}
