package org.portcullis.console.signin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who is signed in to the console in this browser session, as the tenant's ID and access tokens
 * said: one tenant per session. Platform admins are users of {@code system} with the role {@value
 * #PLATFORM_ADMIN}; tenant admins have {@value #TENANT_ADMIN} in their tenant.
 */
@Named
@SessionScoped
public class ConsoleIdentity implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String TENANT_ADMIN = "tenant-admin";

  private String tenant;
  private String userId;
  private String userName;
  private List<String> roles = List.of();
  private Instant signedInAt;
  private String idToken;

  void signedIn(
      String tenant,
      String userId,
      String userName,
      Set<String> roles,
      Instant signedInAt,
      String idToken) {
    this.tenant = tenant;
    this.userId = userId;
    this.userName = userName;
    this.roles = roles.stream().sorted().toList();
    this.signedInAt = signedInAt;
    this.idToken = idToken;
  }

  public boolean isSignedIn() {
    return userId != null;
  }

  public String getTenant() {
    return tenant;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserName() {
    return userName;
  }

  public List<String> getRoles() {
    return roles;
  }

  /** The roles as one line, for display. */
  public String getRolesText() {
    return String.join(", ", roles);
  }

  public Instant getSignedInAt() {
    return signedInAt;
  }

  public boolean isPlatformAdmin() {
    return "system".equals(tenant) && roles.contains(PLATFORM_ADMIN);
  }

  public boolean isTenantAdmin() {
    return roles.contains(TENANT_ADMIN) || isPlatformAdmin();
  }

  /**
   * Whether this identity may work in {@code other}: its own tenant, or any for platform admins.
   */
  public boolean mayEnter(String other) {
    return other == null || other.equals(tenant) || isPlatformAdmin();
  }

  /** The ID token, for the logout request's {@code id_token_hint}. */
  String idToken() {
    return idToken;
  }
}
