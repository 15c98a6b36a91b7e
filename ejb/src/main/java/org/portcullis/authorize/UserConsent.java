package org.portcullis.authorize;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.portcullis.client.Scope;
import org.portcullis.client.ScopeConverter;

/** The scope a user has granted a third-party client; a later grant adds to it. */
@Entity
@Table(name = "user_consent")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class UserConsent {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Convert(converter = ScopeConverter.class)
  @Column(name = "scope", nullable = false, length = 2000)
  private Scope scope;

  @Column(name = "granted_at", nullable = false)
  private OffsetDateTime grantedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected UserConsent() {}

  UserConsent(String userId, String clientId, Scope scope) {
    this.id = UUID.randomUUID().toString();
    this.userId = userId;
    this.clientId = clientId;
    this.scope = scope;
    this.grantedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  boolean covers(Scope requested) {
    return requested.isSubsetOf(scope);
  }

  void add(Scope more) {
    TreeSet<String> union = new TreeSet<>(scope.tokens());
    union.addAll(more.tokens());
    this.scope = Scope.of(union);
    this.grantedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }
}
