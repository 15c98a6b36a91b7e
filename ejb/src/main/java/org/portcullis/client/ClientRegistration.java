package org.portcullis.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.directory.Roles;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.TenantIsolated;

/**
 * Dynamic client registration (RFC 7591) and management (RFC 7592) in the tenant in scope. The
 * caller of {@link #register} has presented an admin's initial access token (the boundary checks
 * it); management calls present the client's own registration access token. Secrets and
 * registration access tokens are 256-bit random values, returned once and stored as hashes. Every
 * change is audited with the client id as target.
 */
@Stateless
@TenantIsolated
public class ClientRegistration {

  public static final String REGISTERED = "client.registered";
  public static final String UPDATED = "client.updated";
  public static final String DELETED = "client.deleted";
  public static final String SECRET_ROTATED = "client.secret.rotated";

  /** How long a rotated secret stays valid when the admin names no grace period. */
  public static final Duration DEFAULT_GRACE = Duration.ofHours(24);

  /** The longest grace period a rotation may give the previous secret. */
  public static final Duration MAX_GRACE = Duration.ofDays(30);

  @Inject private ClientRegistry registry;

  @Inject private AuditTrail trail;

  @Inject private TokenLifetimePolicies lifetimes;

  /** A client just registered, with the credentials shown this once. */
  public record Registered(OAuthClient client, String secret, String registrationToken) {

    @Override
    public String toString() {
      return "Registered[" + client.clientId() + "]";
    }
  }

  /** Registers a client under a new, random client id. */
  public Registered register(ClientMetadata requested) {
    ClientMetadata metadata = withTenantDefaults(requested);
    ClientId clientId = new ClientId(UUID.randomUUID().toString());
    String secret = metadata.authMethod().usesSecret() ? SecretHash.generateSecret() : null;
    OAuthClient client =
        OAuthClient.registered(
            clientId, metadata, secret == null ? null : SecretHash.of(secret), Roles.NONE);
    String registrationToken = SecretHash.generateSecret();
    client.issueRegistrationToken(SecretHash.of(registrationToken));
    registry.register(client);
    trail.record(AuditRecord.success(REGISTERED, clientId.value()));
    return new Registered(client, secret, registrationToken);
  }

  /**
   * The client that {@code registrationToken} manages (RFC 7592 §2).
   *
   * @throws OAuthException {@code invalid_token} (401) when the token is not that client's; an
   *     unknown client answers the same, so that client ids cannot be probed
   */
  public OAuthClient read(String clientId, String registrationToken) {
    return managed(clientId, registrationToken);
  }

  /**
   * Gives the client a new registration access token, which replaces the one presented (RFC 7592
   * §3): only its hash is kept, so every management response carries a new one.
   */
  public String renewRegistrationToken(ClientId clientId) {
    OAuthClient client =
        registry.find(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
    String token = SecretHash.generateSecret();
    client.issueRegistrationToken(SecretHash.of(token));
    return token;
  }

  /** Replaces the client's metadata (RFC 7592 §2.2). */
  public OAuthClient update(String clientId, String registrationToken, ClientMetadata requested) {
    OAuthClient client = managed(clientId, registrationToken);
    ClientMetadata metadata = withTenantDefaults(requested);
    if (metadata.authMethod().usesSecret() != client.authMethod().usesSecret()
        || metadata.isPublic() != client.metadata().isPublic()) {
      throw new InvalidClientMetadataException(
          "token_endpoint_auth_method cannot change between secret, key and none");
    }
    client.describe(metadata);
    trail.record(AuditRecord.success(UPDATED, clientId));
    return client;
  }

  /**
   * An administrator replaces the client's metadata (no registration access token: the caller is a
   * tenant or platform admin); the authentication method keeps its kind, as in {@link #update}.
   *
   * @throws ClientNotFoundException when the tenant has no such client
   */
  public OAuthClient administer(ClientId clientId, ClientMetadata requested) {
    OAuthClient client =
        registry.find(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
    ClientMetadata metadata = withTenantDefaults(requested);
    if (metadata.authMethod().usesSecret() != client.authMethod().usesSecret()
        || metadata.isPublic() != client.metadata().isPublic()) {
      throw new InvalidClientMetadataException(
          "token_endpoint_auth_method cannot change between secret, key and none");
    }
    client.describe(metadata);
    trail.record(AuditRecord.success(UPDATED, clientId.value()));
    return client;
  }

  /**
   * An administrator deletes the client.
   *
   * @throws ClientNotFoundException when the tenant has no such client
   */
  public void remove(ClientId clientId) {
    OAuthClient client =
        registry.find(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
    registry.delete(client);
    trail.record(AuditRecord.success(DELETED, clientId.value()));
  }

  /** Deletes the client (RFC 7592 §2.3). */
  public void delete(String clientId, String registrationToken) {
    OAuthClient client = managed(clientId, registrationToken);
    registry.delete(client);
    trail.record(AuditRecord.success(DELETED, clientId));
  }

  /**
   * Gives the client a new secret, shown once; the previous one stays valid for {@code grace}, so
   * that its deployments can move over without an outage.
   *
   * @throws ClientNotFoundException when the tenant has no such client
   * @throws InvalidClientMetadataException when the client has no secret or the grace is out of
   *     range
   */
  public String rotateSecret(ClientId clientId, Duration grace) {
    OAuthClient client =
        registry.find(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
    if (!client.authMethod().usesSecret()) {
      throw new InvalidClientMetadataException("The client does not authenticate with a secret");
    }
    if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
      throw new InvalidClientMetadataException("The grace period is 0 to 30 days");
    }
    String secret = SecretHash.generateSecret();
    client.rotateSecret(SecretHash.of(secret), OffsetDateTime.now(ZoneOffset.UTC).plus(grace));
    trail.record(AuditRecord.success(SECRET_ROTATED, clientId.value()));
    return secret;
  }

  private OAuthClient managed(String clientId, String registrationToken) {
    OAuthClient client =
        ClientId.isValid(clientId) ? registry.find(new ClientId(clientId)).orElse(null) : null;
    if (client == null || !client.registrationTokenMatches(registrationToken)) {
      throw new OAuthException(
          OAuthError.INVALID_TOKEN, "The registration access token is not valid");
    }
    return client;
  }

  /**
   * A client that names no access token lifetime gets the tenant's default (RFC 7591 §3.2.1: the
   * server may supply values the client left out; the response shows them).
   */
  private ClientMetadata withTenantDefaults(ClientMetadata requested) {
    return requested.accessTokenLifetime() == null
        ? requested.orAccessTokenLifetime(lifetimes.current().accessToken())
        : requested;
  }
}
