package org.portcullis.bootstrap;

/**
 * How the web module learns that the console serves too. On Payara Micro the two modules are two
 * applications that share nothing but the JVM (stack notes §7), and Payara answers {@code
 * /health/ready} with UP as soon as any application is loaded, counting only the checks of the
 * applications loaded so far. So the console raises a JVM-wide flag once started, and the web
 * module's readiness check (loaded first) waits for it: the platform is ready only when both
 * modules serve.
 */
public final class PlatformModules {

  /** The system property the console sets to {@code true} once started. */
  public static final String CONSOLE_STARTED = "org.portcullis.console.started";

  private PlatformModules() {}

  public static void consoleStarted() {
    System.setProperty(CONSOLE_STARTED, "true");
  }

  public static void consoleStopped() {
    System.clearProperty(CONSOLE_STARTED);
  }

  public static boolean isConsoleStarted() {
    return Boolean.getBoolean(CONSOLE_STARTED);
  }
}
