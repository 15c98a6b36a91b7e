package org.portcullis.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.GroupCommittedAudit;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;

/**
 * The {@code client_credentials} grant (RFC 6749 §4.4): a confidential client gets a token for
 * itself. Its subject, {@code upn} and {@code client_id} are the client id; its {@code groups} are
 * the roles of the client's service account. Each token is audited as {@value UserTokens#ISSUED}
 * with the client as actor and target, committed before the token is returned ({@link
 * GroupCommittedAudit}).
 */
@ApplicationScoped
public class ClientCredentialsGrant implements GrantHandler {

  @Inject private AccessTokenMinter minter;

  @Inject private GroupCommittedAudit audit;

  @Override
  public GrantType grantType() {
    return GrantType.CLIENT_CREDENTIALS;
  }

  @Override
  public TokenResponse handle(Issuer issuer, OAuthClient client, TokenRequest request) {
    Scope scope = grantedScope(client, request);
    List<String> audience = audience(issuer, client, request);
    String clientId = client.clientId().value();
    var claims =
        new AccessTokenClaims(
            issuer,
            clientId,
            clientId,
            clientId,
            scope,
            client.roles().names(),
            audience,
            client.accessTokenLifetime(),
            client.metadata().accessTokenJwtTyp());
    String token = minter.mint(claims).value();
    audit.record(AuditRecord.success(UserTokens.ISSUED, clientId));
    return new TokenResponse(token, client.accessTokenLifetime(), scope);
  }

  /**
   * RFC 8707 §2: the requested resources, each registered for the client, become {@code aud};
   * without any, the issuer.
   */
  static List<String> audience(Issuer issuer, OAuthClient client, TokenRequest request) {
    List<String> requested = request.all("resource");
    if (requested.isEmpty()) {
      return List.of(issuer.value());
    }
    List<String> registered =
        client.metadata().resources().stream().map(java.net.URI::toString).toList();
    for (String resource : requested) {
      if (!registered.contains(resource)) {
        throw new OAuthException(
            OAuthError.INVALID_TARGET, "The resource is not registered for this client");
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(requested));
  }

  /** RFC 6749 §3.3: the requested scope, which must be registered; by default all of it. */
  private static Scope grantedScope(OAuthClient client, TokenRequest request) {
    Scope requested;
    try {
      requested = request.single("scope").map(Scope::parse).orElse(client.registeredScope());
    } catch (IllegalArgumentException malformed) {
      throw new OAuthException(OAuthError.INVALID_SCOPE, "The scope is malformed");
    }
    if (!requested.isSubsetOf(client.registeredScope())) {
      throw new OAuthException(
          OAuthError.INVALID_SCOPE, "The client is not registered for the requested scope");
    }
    return requested;
  }
}
