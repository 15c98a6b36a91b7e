package org.portcullis.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the {@link RotationPolicy} and the maintenance interval from MicroProfile Config (ISO-8601
 * durations): {@value #ROTATION_PERIOD} (default {@code P90D}), {@value #PUBLICATION_DELAY}
 * (default {@code PT5M}, the JWKS cache bound) and {@value #MAINTENANCE_INTERVAL} (default {@code
 * PT1M}). A value that breaks the policy's rules stops the deployment instead of weakening it.
 */
@ApplicationScoped
public class RotationSettings {

  static final String ROTATION_PERIOD = "portcullis.keys.rotation-period";
  static final String PUBLICATION_DELAY = "portcullis.keys.publication-delay";
  static final String MAINTENANCE_INTERVAL = "portcullis.keys.maintenance-interval";

  @Inject private Config config;

  @Produces
  @Singleton
  RotationPolicy policy() {
    return new RotationPolicy(
        duration(ROTATION_PERIOD, RotationPolicy.DEFAULT.rotationPeriod()),
        duration(PUBLICATION_DELAY, RotationPolicy.DEFAULT.publicationDelay()));
  }

  /** How often the timer looks for tenants whose keys need work. */
  Duration maintenanceInterval() {
    Duration interval = duration(MAINTENANCE_INTERVAL, Duration.ofMinutes(1));
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalStateException(MAINTENANCE_INTERVAL + " must be at least one second");
    }
    return interval;
  }

  private Duration duration(String name, Duration fallback) {
    return config
        .getOptionalValue(name, String.class)
        .map(
            value -> {
              try {
                return Duration.parse(value.strip());
              } catch (DateTimeParseException e) {
                throw new IllegalStateException(name + " is not an ISO-8601 duration", e);
              }
            })
        .orElse(fallback);
  }
}
