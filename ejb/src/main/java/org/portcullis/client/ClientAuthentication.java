package org.portcullis.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantIsolated;

/**
 * Authenticates clients at the token endpoint (RFC 6749 §2.3.1); a public client (registered with
 * {@code token_endpoint_auth_method} {@code none}) only names itself; a {@code private_key_jwt}
 * client signs an assertion ({@link ClientAssertions}). Every failure is the same {@code
 * invalid_client}, whether the client is unknown, public or the secret wrong, so that the answer
 * does not tell which client ids exist.
 */
@Stateless
@TenantIsolated
public class ClientAuthentication {

  // Compared against when the client does not exist, so that both paths cost the same.
  private static final SecretHash NO_CLIENT = SecretHash.of(SecretHash.generateSecret());

  @Inject private ClientRegistry registry;

  @Inject private ClientAssertions assertions;

  /**
   * The client these credentials belong to.
   *
   * @throws OAuthException {@code invalid_client} when they do not authenticate a client
   */
  public OAuthClient authenticate(Issuer issuer, PresentedCredentials credentials) {
    if (!ClientId.isValid(credentials.clientId())) {
      throw failed();
    }
    var client = registry.find(new ClientId(credentials.clientId()));
    if (credentials.assertion() != null) {
      // RFC 7523 §3: the assertion's iss and sub are the client; its key is the client's.
      return client
          .filter(c -> assertions.verifies(c, credentials.assertion(), issuer))
          .orElseThrow(ClientAuthentication::failed);
    }
    if (client.isEmpty()) {
      if (credentials.secret() != null) {
        NO_CLIENT.matches(credentials.secret());
      }
      throw failed();
    }
    if (!accepts(client.get(), credentials)) {
      throw failed();
    }
    return client.get();
  }

  /**
   * Whether {@code client} accepts these credentials, which carry no assertion: a public client
   * (RFC 6749 §2.1, §3.2.1) names itself without a secret, and a confidential one never may; a
   * confidential one presents its secret (or the previous one within its grace period).
   */
  static boolean accepts(OAuthClient client, PresentedCredentials credentials) {
    if (credentials.secret() == null) {
      return !client.isConfidential() && client.authMethod() == AuthMethod.NONE;
    }
    return client.secretMatches(credentials.secret());
  }

  private static OAuthException failed() {
    return new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
  }
}
