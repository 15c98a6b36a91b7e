package org.portcullis.it.consumer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * A third-party resource server that trusts the platform through MicroProfile JWT alone. Test code,
 * deployed by {@link MicroProfileJwtConsumerIT}; never part of the product.
 */
// Payara finds @LoginConfig only on CDI beans; without @ApplicationScoped the WAR fails to deploy.
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"platform-admin", "auditor"})
public class ConsumerApplication extends Application {}
