package org.portcullis.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.portcullis.directory.Roles;
import org.portcullis.tenant.TenantIsolated;

/**
 * The console's own client in each tenant ({@value #ID}): public (PKCE, no secret), first party (no
 * consent), the code flow with {@code openid profile}. It is registered the first time the console
 * signs someone in to the tenant, with the console's callback and sign-out addresses. Those come
 * from configuration or a loopback request only (the console's caller makes sure), never from a
 * Host header: a registered address is where codes may be sent.
 */
@Stateless
@TenantIsolated
public class ConsoleClients {

  /** The console's client id in every tenant. */
  public static final String ID = "portcullis-console";

  @Inject private ClientRegistry registry;

  /**
   * The console client, registered now or extended with addresses it did not have yet.
   *
   * @param callback the console's redirect URI
   * @param signedOut where logout returns to
   */
  public OAuthClient ensure(RedirectUri callback, RedirectUri signedOut) {
    ClientId id = new ClientId(ID);
    var existing = registry.find(id);
    if (existing.isEmpty()) {
      return registry.register(
          OAuthClient.registered(
              id, metadata(List.of(callback), List.of(signedOut)), null, Roles.NONE));
    }
    OAuthClient client = existing.get();
    ClientMetadata current = client.metadata();
    List<RedirectUri> callbacks = with(current.redirectUris(), callback);
    List<RedirectUri> signOuts = with(current.postLogoutRedirectUris(), signedOut);
    if (callbacks.size() != current.redirectUris().size()
        || signOuts.size() != current.postLogoutRedirectUris().size()) {
      client.describe(metadata(callbacks, signOuts));
    }
    return client;
  }

  private static List<RedirectUri> with(List<RedirectUri> registered, RedirectUri uri) {
    if (registered.stream().anyMatch(r -> r.matches(uri.value()))) {
      return registered;
    }
    List<RedirectUri> more = new ArrayList<>(registered);
    more.add(uri);
    return more;
  }

  private static ClientMetadata metadata(List<RedirectUri> callbacks, List<RedirectUri> signOuts) {
    return new ClientMetadata(
        "Portcullis console",
        callbacks,
        signOuts,
        EnumSet.of(GrantType.AUTHORIZATION_CODE),
        AuthMethod.NONE,
        Scope.parse("openid profile"),
        OAuthClient.DEFAULT_ACCESS_TOKEN_LIFETIME,
        "JWT",
        "ES256",
        List.of(),
        true,
        null,
        null,
        null);
  }
}
