package org.portcullis.client;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.directory.Roles;
import org.portcullis.directory.RolesConverter;
import org.portcullis.lifetime.TokenLifetimes;

/**
 * An OAuth client registered in a tenant (RFC 7591 §2 metadata): which grants it may use, which
 * scope it may ask for, how long its access tokens live, and the roles of its own service account
 * (the {@code groups} of tokens it gets for itself).
 */
@Entity
@EntityListeners(ClientChangeListener.class)
@Table(name = "oauth_client")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class OAuthClient {

  /** Default access token lifetime (contract: 300 s); a tenant may set another for its clients. */
  public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = TokenLifetimes.DEFAULT_ACCESS_TOKEN;

  public static final Duration MIN_ACCESS_TOKEN_LIFETIME = TokenLifetimes.MIN_ACCESS_TOKEN;
  public static final Duration MAX_ACCESS_TOKEN_LIFETIME = TokenLifetimes.MAX_ACCESS_TOKEN;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "client_name", nullable = false)
  private String clientName;

  @Column(name = "secret_hash", length = 64)
  private String secretHash;

  @Convert(converter = GrantTypesConverter.class)
  @Column(name = "grant_types", nullable = false)
  private Set<GrantType> grantTypes = EnumSet.noneOf(GrantType.class);

  @Convert(converter = ScopeConverter.class)
  @Column(name = "scope", nullable = false, length = 2000)
  private Scope scope = Scope.EMPTY;

  @Convert(converter = RolesConverter.class)
  @Column(name = "roles", nullable = false, length = 2000)
  private Roles roles = Roles.NONE;

  @Column(name = "access_token_lifetime", nullable = false)
  private int accessTokenLifetime;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "auth_method", nullable = false)
  private String authMethod = AuthMethod.CLIENT_SECRET_BASIC.value();

  @Column(name = "redirect_uris", nullable = false)
  private String redirectUris = "";

  @Column(name = "post_logout_redirect_uris", nullable = false)
  private String postLogoutRedirectUris = "";

  @Column(name = "resources", nullable = false)
  private String resources = "";

  @Column(name = "access_token_jwt_typ", nullable = false)
  private String accessTokenJwtTyp = "JWT";

  @Column(name = "id_token_alg", nullable = false)
  private String idTokenAlgorithm = "ES256";

  @Column(name = "first_party", nullable = false)
  private boolean firstParty;

  @Column(name = "jwks_uri")
  private String jwksUri;

  @Column(name = "jwks")
  private String jwks;

  @Column(name = "backchannel_logout_uri")
  private String backchannelLogoutUri;

  @Column(name = "registration_token_hash", length = 64)
  private String registrationTokenHash;

  @Column(name = "previous_secret_hash", length = 64)
  private String previousSecretHash;

  @Column(name = "previous_secret_expires_at")
  private OffsetDateTime previousSecretExpiresAt;

  @Column(name = "secret_issued_at")
  private OffsetDateTime secretIssuedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OAuthClient() {}

  /** A confidential client that authenticates with a secret. */
  public static OAuthClient confidential(
      ClientId clientId,
      String clientName,
      SecretHash secret,
      Set<GrantType> grantTypes,
      Scope scope,
      Roles roles) {
    OAuthClient client = new OAuthClient();
    client.id = UUID.randomUUID().toString();
    client.clientId = clientId.value();
    client.clientName = clientName;
    client.secretHash = secret.value();
    client.grantTypes = EnumSet.copyOf(grantTypes);
    client.scope = scope;
    client.roles = roles;
    client.accessTokenLifetime = (int) DEFAULT_ACCESS_TOKEN_LIFETIME.toSeconds();
    client.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    client.secretIssuedAt = client.createdAt;
    client.authMethod = AuthMethod.CLIENT_SECRET_BASIC.value();
    return client;
  }

  /**
   * A client registered with {@code metadata}.
   *
   * @param secret the hash of its secret; null exactly when the client is public
   * @param roles the roles of its service account ({@code client_credentials} tokens)
   */
  public static OAuthClient registered(
      ClientId clientId, ClientMetadata metadata, SecretHash secret, Roles roles) {
    if ((secret == null) != metadata.isPublic() && metadata.authMethod().usesSecret()) {
      throw new IllegalArgumentException("A secret exactly for clients that authenticate with one");
    }
    OAuthClient client = new OAuthClient();
    client.id = UUID.randomUUID().toString();
    client.clientId = clientId.value();
    client.roles = roles;
    client.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    client.describe(metadata);
    if (secret != null) {
      client.secretHash = secret.value();
      client.secretIssuedAt = client.createdAt;
    }
    return client;
  }

  /** Replaces every registered metadata value (RFC 7592 §2.2); credentials stay. */
  public void describe(ClientMetadata metadata) {
    this.clientName = metadata.clientName() == null ? clientId : metadata.clientName();
    this.redirectUris = join(metadata.redirectUris().stream().map(RedirectUri::value).toList());
    this.postLogoutRedirectUris =
        join(metadata.postLogoutRedirectUris().stream().map(RedirectUri::value).toList());
    this.grantTypes = EnumSet.copyOf(metadata.grantTypes());
    this.authMethod = metadata.authMethod().value();
    this.scope = metadata.scope();
    this.accessTokenLifetime = (int) metadata.accessTokenLifetime().toSeconds();
    this.accessTokenJwtTyp = metadata.accessTokenJwtTyp();
    this.idTokenAlgorithm = metadata.idTokenSigningAlgorithm();
    this.resources = join(metadata.resources().stream().map(URI::toString).toList());
    this.firstParty = metadata.firstParty();
    this.jwksUri = metadata.jwksUri();
    this.jwks = metadata.jwks();
    this.backchannelLogoutUri = metadata.backchannelLogoutUri();
  }

  /** What the client registered. */
  public ClientMetadata metadata() {
    return new ClientMetadata(
        clientName,
        split(redirectUris).stream().map(RedirectUri::new).toList(),
        split(postLogoutRedirectUris).stream().map(RedirectUri::new).toList(),
        grantTypes,
        authMethod(),
        scope,
        accessTokenLifetime(),
        accessTokenJwtTyp,
        idTokenAlgorithm,
        split(resources).stream().map(URI::create).toList(),
        firstParty,
        jwksUri,
        jwks,
        backchannelLogoutUri);
  }

  public AuthMethod authMethod() {
    return AuthMethod.fromValue(authMethod)
        .orElseThrow(() -> new IllegalStateException("Unknown auth method " + authMethod));
  }

  /**
   * Replaces the secret; the previous one stays valid until {@code previousValidUntil}, so that the
   * client's deployments can move to the new one without an outage.
   */
  public void rotateSecret(SecretHash newSecret, OffsetDateTime previousValidUntil) {
    if (secretHash == null) {
      throw new IllegalStateException("A client without a secret has none to rotate");
    }
    this.previousSecretHash = secretHash;
    this.previousSecretExpiresAt = previousValidUntil;
    this.secretHash = newSecret.value();
    this.secretIssuedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Until when the previous secret is still accepted, if one is. */
  public Optional<OffsetDateTime> previousSecretExpiresAt() {
    return Optional.ofNullable(previousSecretExpiresAt)
        .filter(at -> at.isAfter(OffsetDateTime.now(ZoneOffset.UTC)));
  }

  public Optional<OffsetDateTime> secretIssuedAt() {
    return Optional.ofNullable(secretIssuedAt);
  }

  /** Sets the RFC 7592 registration access token (its hash). */
  public void issueRegistrationToken(SecretHash token) {
    this.registrationTokenHash = token.value();
  }

  /** Whether {@code presented} is the client's registration access token (constant time). */
  public boolean registrationTokenMatches(String presented) {
    return registrationTokenHash != null
        && presented != null
        && new SecretHash(registrationTokenHash).matches(presented);
  }

  public OffsetDateTime createdAt() {
    return createdAt.withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static String join(java.util.List<String> values) {
    return String.join(" ", values);
  }

  private static java.util.List<String> split(String joined) {
    return joined == null || joined.isBlank()
        ? java.util.List.of()
        : java.util.List.of(joined.strip().split(" +"));
  }

  public ClientId clientId() {
    return new ClientId(clientId);
  }

  public String clientName() {
    return clientName;
  }

  public boolean isConfidential() {
    return secretHash != null;
  }

  /**
   * Whether {@code presented} is this client's secret, or its previous one within the grace period
   * of a rotation (constant time).
   */
  public boolean secretMatches(String presented) {
    boolean current = secretHash().map(h -> h.matches(presented)).orElse(false);
    boolean previous =
        previousSecretExpiresAt().isPresent()
            && new SecretHash(previousSecretHash).matches(presented);
    return current | previous;
  }

  private Optional<SecretHash> secretHash() {
    return Optional.ofNullable(secretHash).map(SecretHash::new);
  }

  public boolean allows(GrantType grantType) {
    return grantTypes.contains(grantType);
  }

  /** The scope this client is registered for (RFC 7591 §2 {@code scope}). */
  public Scope registeredScope() {
    return scope;
  }

  /** The roles of this client's service account. */
  public Roles roles() {
    return roles;
  }

  public Duration accessTokenLifetime() {
    return Duration.ofSeconds(accessTokenLifetime);
  }
}
