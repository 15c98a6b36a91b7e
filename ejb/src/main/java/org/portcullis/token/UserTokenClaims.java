package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.User;
import org.portcullis.tenant.Issuer;

/**
 * The claims of an access token that a client gets on behalf of a user of the tenant in scope:
 * {@code sub} is the user's id, {@code upn} the userName, and {@code groups} the user's effective
 * roles (its own roles and its groups' display names and roles, contract "Users and roles"). The
 * roles are read from the database for every token, never cached, so that a change is in force in
 * the next token on every node.
 */
@ApplicationScoped
public class UserTokenClaims {

  @Inject private RoleDirectory roles;

  /**
   * @param audience {@code aud}: the requested resources, or the issuer
   */
  public AccessTokenClaims of(
      Issuer issuer, OAuthClient client, User user, Scope scope, List<String> audience) {
    return new AccessTokenClaims(
        issuer,
        user.id(),
        client.clientId().value(),
        user.userName().value(),
        scope,
        roles.effectiveRoles(user.id()).names(),
        audience,
        client.accessTokenLifetime(),
        client.metadata().accessTokenJwtTyp());
  }
}
