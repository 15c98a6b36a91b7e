package org.portcullis.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.portcullis.bootstrap.PlatformModules;
import org.portcullis.bootstrap.PlatformStartup;

/**
 * Ready when the schema migrations ran, the database answers and the console module serves too (see
 * {@link PlatformModules}).
 */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

  @EJB private PlatformStartup startup;

  @Override
  public HealthCheckResponse call() {
    boolean database = startup.isReady();
    boolean console = PlatformModules.isConsoleStarted();
    return HealthCheckResponse.named("portcullis")
        .status(database && console)
        .withData("database", database)
        .withData("schemaVersion", String.valueOf(startup.schemaVersion()))
        .withData("console", console)
        .build();
  }
}
