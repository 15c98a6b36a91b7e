package org.portcullis.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.portcullis.bootstrap.PlatformStartup;

/** Ready when the schema migrations ran and the database answers. */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

  @EJB private PlatformStartup startup;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("portcullis-database")
        .status(startup.isReady())
        .withData("schemaVersion", String.valueOf(startup.schemaVersion()))
        .build();
  }
}
