package org.portcullis.client;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

/**
 * An OAuth client registered in a tenant (RFC 7591 §2 metadata): which grants it may use, which
 * scope it may ask for, how long its access tokens live, and the roles of its own service account
 * (the {@code groups} of tokens it gets for itself).
 */
@Entity
@Table(name = "oauth_client")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class OAuthClient {

  /** Default access token lifetime (contract: 300 s). */
  public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(300);

  public static final Duration MIN_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(60);
  public static final Duration MAX_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(3600);

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
    return client;
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

  /** Whether {@code presented} is this client's secret (constant time). */
  public boolean secretMatches(String presented) {
    return secretHash().map(h -> h.matches(presented)).orElse(false);
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
