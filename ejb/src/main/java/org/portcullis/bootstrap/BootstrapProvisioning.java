package org.portcullis.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.client.SecretHash;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.RoleName;
import org.portcullis.directory.Roles;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserProfile;
import org.portcullis.directory.password.InvalidPasswordException;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;

/**
 * First start on an empty database (contract, "Bootstrap"): tenant {@code system}, the bootstrap
 * admin client when a secret is given, and the human admin with role {@code platform-admin}, whose
 * password is generated and printed once when none is given (a given one must satisfy the default
 * password policy, or the first start fails). Later starts change nothing.
 */
@Stateless
public class BootstrapProvisioning {

  private static final Logger LOG = Logger.getLogger(BootstrapProvisioning.class.getName());

  @Inject private TenantRegistry tenants;

  @Inject private TenantScope scope;

  @Inject private ClientRegistry clients;

  @Inject private UserDirectory users;

  @Inject private RoleDirectory roles;

  @Inject private BootstrapSettings settings;

  /** Provisions the platform if the database is empty; returns whether it did. */
  @ActivateRequestContext
  public boolean provisionOnFirstStart() {
    if (tenants.exists(TenantId.SYSTEM)) {
      return false;
    }
    tenants.create(TenantId.SYSTEM, "System");
    scope.runAs(
        TenantId.SYSTEM,
        () -> {
          settings.adminClientSecret.filter(s -> !s.isBlank()).ifPresent(this::registerAdminClient);
          createAdminUser();
          return null;
        });
    LOG.info("Provisioned tenant system on an empty database");
    return true;
  }

  private void registerAdminClient(String secret) {
    clients.register(
        OAuthClient.confidential(
            new ClientId(settings.adminClientId),
            "Bootstrap admin client",
            SecretHash.of(secret),
            EnumSet.of(GrantType.CLIENT_CREDENTIALS),
            Scope.parse(Scope.PLATFORM_ADMIN),
            Roles.of(Roles.PLATFORM_ADMIN)));
  }

  private void createAdminUser() {
    String userName = settings.adminUserName;
    var given = settings.adminPassword.filter(p -> !p.isEmpty());
    String password = given.orElseGet(BootstrapProvisioning::generatePassword);
    User admin;
    try {
      admin = users.create(new UserName(userName), UserProfile.EMPTY, password.toCharArray());
    } catch (InvalidPasswordException refused) {
      // A given password goes through tenant system's (default) policy like any other.
      throw new IllegalStateException(
          "PORTCULLIS_BOOTSTRAP_ADMIN_PASSWORD is refused by the password policy: "
              + refused.getMessage(),
          refused);
    }
    if (roles.find(RoleName.PLATFORM_ADMIN).isEmpty()) {
      roles.create(RoleName.PLATFORM_ADMIN, "Administers the whole platform");
    }
    roles.assignToUser(RoleName.PLATFORM_ADMIN, admin.id());
    if (given.isEmpty()) {
      // Contract: a generated password is printed once, so the operator can sign in at all.
      LOG.warning(
          () ->
              String.join(
                  System.lineSeparator(),
                  "",
                  "==============================================================",
                  " Portcullis bootstrap admin of tenant 'system'",
                  "   username: " + userName,
                  "   password: " + password,
                  " This password is shown only now. Sign in and change it.",
                  "=============================================================="));
    }
  }

  private static String generatePassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
