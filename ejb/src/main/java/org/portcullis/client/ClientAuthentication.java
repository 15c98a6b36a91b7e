package org.portcullis.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.TenantIsolated;

/**
 * Authenticates clients at the token endpoint (RFC 6749 §2.3.1). Every failure is the same {@code
 * invalid_client}, whether the client is unknown, public or the secret wrong, so that the answer
 * does not tell which client ids exist.
 */
@Stateless
@TenantIsolated
public class ClientAuthentication {

  // Compared against when the client does not exist, so that both paths cost the same.
  private static final SecretHash NO_CLIENT = SecretHash.of(SecretHash.generateSecret());

  @Inject private ClientRegistry registry;

  /**
   * The client these credentials belong to.
   *
   * @throws OAuthException {@code invalid_client} when they do not authenticate a client
   */
  public OAuthClient authenticate(PresentedCredentials credentials) {
    if (!ClientId.isValid(credentials.clientId()) || credentials.secret() == null) {
      throw failed();
    }
    var client = registry.find(new ClientId(credentials.clientId()));
    if (client.isEmpty()) {
      NO_CLIENT.matches(credentials.secret());
      throw failed();
    }
    if (!client.get().secretMatches(credentials.secret())) {
      throw failed();
    }
    return client.get();
  }

  private static OAuthException failed() {
    return new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
  }
}
