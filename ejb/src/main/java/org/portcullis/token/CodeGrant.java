package org.portcullis.token;

import java.util.List;
import org.portcullis.client.Scope;

/**
 * What a user authorized at the authorization endpoint, which an authorization code carries to the
 * token endpoint.
 *
 * @param redirectUri the redirect URI as the request gave it, compared at redemption (RFC 6749
 *     §4.1.3)
 * @param resources the RFC 8707 resources requested, each registered for the client
 * @param nonce the OpenID Connect {@code nonce}, or null
 * @param codeChallenge the PKCE S256 challenge, or null
 */
public record CodeGrant(
    String clientId,
    String userId,
    String redirectUri,
    Scope scope,
    List<String> resources,
    String nonce,
    String codeChallenge,
    SignIn signIn) {

  public CodeGrant {
    resources = List.copyOf(resources);
  }

  @Override
  public String toString() {
    return "CodeGrant[client=" + clientId + ", user=" + userId + ", scope=" + scope + "]";
  }
}
