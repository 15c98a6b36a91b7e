package org.portcullis.console.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.portcullis.bootstrap.PlatformModules;

/**
 * Tells the platform's readiness check whether the console serves (see {@link PlatformModules}).
 */
@ApplicationScoped
public class ConsoleLifecycle {

  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    PlatformModules.consoleStarted();
  }

  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    PlatformModules.consoleStopped();
  }
}
