package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.portcullis.session.SessionEnded;

/**
 * What an SSO session's end means for its tokens: the refresh tokens bound to it are revoked, with
 * the access tokens they issued, and the clients that signed the user in through it are told
 * (OpenID Connect Back-Channel Logout).
 */
@ApplicationScoped
public class SessionTokens {

  @Inject private RefreshTokens refreshTokens;

  @Inject private BackChannelLogout backChannel;

  void ended(@Observes SessionEnded ended) {
    refreshTokens.revokeSession(ended.sessionId());
    backChannel.notifyClients(ended);
  }
}
