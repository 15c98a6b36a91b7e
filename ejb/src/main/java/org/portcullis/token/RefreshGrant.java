package org.portcullis.token;

import java.util.List;
import org.portcullis.client.Scope;

/**
 * What a refresh token stands for: the user's authorization of a client, and how the user signed
 * in.
 *
 * @param offline granted {@code offline_access}: the token outlives the SSO session (OpenID Connect
 *     Core §11); otherwise the session's end revokes it
 */
public record RefreshGrant(
    String clientId,
    String userId,
    Scope scope,
    List<String> resources,
    SignIn signIn,
    boolean offline) {

  public RefreshGrant {
    resources = List.copyOf(resources);
  }

  /** The same grant narrowed to {@code narrower} (RFC 6749 §6: never more than granted). */
  RefreshGrant withScope(Scope narrower) {
    return new RefreshGrant(clientId, userId, narrower, resources, signIn, offline);
  }

  @Override
  public String toString() {
    return "RefreshGrant[client=" + clientId + ", user=" + userId + ", scope=" + scope + "]";
  }
}
