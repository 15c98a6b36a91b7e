package org.portcullis.bootstrap;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bootstrap variables of the contract, read through MicroProfile Config (so {@code
 * PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET} and friends, or the same keys as system properties).
 * Used only while the database is empty.
 */
@Dependent // read by field: a normal scope would hand out a proxy
class BootstrapSettings {

  @Inject
  @ConfigProperty(name = "portcullis.bootstrap.admin.client.id", defaultValue = "bootstrap-admin")
  String adminClientId;

  @Inject
  @ConfigProperty(name = "portcullis.bootstrap.admin.client.secret")
  Optional<String> adminClientSecret;

  @Inject
  @ConfigProperty(name = "portcullis.bootstrap.admin.username", defaultValue = "admin")
  String adminUserName;

  @Inject
  @ConfigProperty(name = "portcullis.bootstrap.admin.password")
  Optional<String> adminPassword;
}
