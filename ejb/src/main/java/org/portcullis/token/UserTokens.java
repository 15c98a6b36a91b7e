package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/**
 * Mints what a client gets for a user (authorization code and refresh token grants): the access
 * token, and an ID token when {@code openid} was granted. Each issue is audited as {@value #ISSUED}
 * or {@value #REFRESHED}, with the user as target and the client as actor.
 */
@ApplicationScoped
public class UserTokens {

  /** Audit action of tokens issued for a code. */
  public static final String ISSUED = "token.issued";

  /** Audit action of tokens issued for a refresh token. */
  public static final String REFRESHED = "token.refreshed";

  @Inject private UserDirectory users;

  @Inject private UserTokenClaims accessClaims;

  @Inject private AccessTokenMinter accessTokens;

  @Inject private IdTokenMinter idTokens;

  @Inject private AuditTrail trail;

  /** What was minted: the access token and, with {@code openid}, the ID token (else null). */
  public record Minted(MintedToken accessToken, String idToken) {

    @Override
    public String toString() {
      return "Minted[" + accessToken + "]";
    }
  }

  /**
   * The user the grant is for, while still active.
   *
   * @throws OAuthException {@code invalid_grant} when the user is gone or disabled
   */
  public User activeUser(String userId) {
    return users
        .find(userId)
        .filter(User::isActive)
        .orElseThrow(
            () -> new OAuthException(OAuthError.INVALID_GRANT, "The user may not sign in"));
  }

  /**
   * Mints the tokens and audits them.
   *
   * @param nonce the authorization request's nonce, null on refresh
   * @param refreshed whether a refresh token was used ({@value #REFRESHED}) or a code
   */
  public Minted mint(
      Issuer issuer,
      OAuthClient client,
      User user,
      Scope scope,
      List<String> resources,
      SignIn signIn,
      String nonce,
      boolean refreshed) {
    List<String> audience = resources.isEmpty() ? List.of(issuer.value()) : resources;
    MintedToken access = accessTokens.mint(accessClaims.of(issuer, client, user, scope, audience));
    String idToken =
        scope.contains("openid")
            ? idTokens.mint(issuer, client, user, scope, signIn, nonce, access.value())
            : null;
    trail.record(AuditRecord.success(refreshed ? REFRESHED : ISSUED, user.id()));
    return new Minted(access, idToken);
  }
}
