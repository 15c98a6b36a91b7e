package org.portcullis.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One stored {@link Email} of a {@link User}; created and removed only through the user. */
@Entity
@Table(name = "user_email")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id")
@Cacheable(false)
public class UserEmail {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private User user;

  @Column(name = "address", nullable = false, length = Email.MAX_ADDRESS)
  private String address;

  @Column(name = "email_type", length = Email.MAX_TYPE)
  private String type;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  protected UserEmail() {}

  UserEmail(User user, Email email) {
    this.id = UUID.randomUUID().toString();
    this.user = user;
    this.address = email.address();
    this.type = email.type();
    this.primary = email.primary();
  }

  Email email() {
    return new Email(address, type, primary);
  }

  @Override
  public String toString() {
    return "UserEmail[id=" + id + "]";
  }
}
