package org.portcullis.it.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;

/**
 * A throw-away Payara Server domain, scripted with asadmin: created fresh with a port base, every
 * listener bound to loopback, started, given an application, stopped. The domain stays on disk
 * after the run so that its {@code server.log} can be read.
 */
final class PayaraServerDomain {

  private static final String NAME = "portcullis-it";

  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(8);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

  private final Asadmin asadmin;
  private final Path domainsDir;
  private final int adminPort;
  private final int httpPort;

  private PayaraServerDomain(Asadmin asadmin, Path domainsDir, int adminPort, int httpPort) {
    this.asadmin = asadmin;
    this.domainsDir = domainsDir;
    this.adminPort = adminPort;
    this.httpPort = httpPort;
  }

  /** Deletes an old domain of that name (stopping it first), then creates a new one. */
  static PayaraServerDomain createFresh(Asadmin asadmin, Path domainsDir, int portbase) {
    Path domainXml = domainsDir.resolve(NAME).resolve("config").resolve("domain.xml");
    if (Files.exists(domainXml)) {
      // A run that died before its @AfterAll may have left that server running; a domain that
      // never started has nothing to kill, and delete-domain refuses a running one.
      asadmin.tryRun(STOP_TIMEOUT, Map.of(), command(domainsDir, "stop-domain", "--kill=true"));
      asadmin.run(STOP_TIMEOUT, Map.of(), command(domainsDir, "delete-domain"));
    }
    asadmin.run(
        CREATE_TIMEOUT,
        Map.of(),
        command(
            domainsDir, "create-domain", "--nopassword", "--portbase", String.valueOf(portbase)));
    Document xml = DomainXml.read(domainXml);
    int adminPort = DomainXml.listenerPort(xml, "admin-listener");
    int httpPort = DomainXml.listenerPort(xml, "http-listener-1");
    DomainXml.bindTo(xml, LOOPBACK);
    DomainXml.write(xml, domainXml);
    return new PayaraServerDomain(asadmin, domainsDir, adminPort, httpPort);
  }

  /**
   * Starts the domain with {@code env} added to the server's environment: start-domain launches the
   * server JVM as its child, and the child inherits it (seen in /proc/PID/environ).
   */
  void start(Map<String, String> env) {
    run(START_TIMEOUT, env, command(domainsDir, "start-domain"));
  }

  /** Deploys {@code archive} as {@code name}; asadmin returns once the application is loaded. */
  void deploy(Path archive, String name) {
    run(
        DEPLOY_TIMEOUT,
        Map.of(),
        "--host",
        LOOPBACK,
        "--port",
        String.valueOf(adminPort),
        "deploy",
        "--name",
        name,
        archive.toString());
  }

  /** Stops the domain, killing the server process when it does not stop by itself. */
  void stop() {
    if (!asadmin.tryRun(STOP_TIMEOUT, Map.of(), command(domainsDir, "stop-domain")).succeeded()) {
      run(STOP_TIMEOUT, Map.of(), command(domainsDir, "stop-domain", "--kill=true"));
    }
  }

  /** The base URL of the HTTP listener, such as {@code http://127.0.0.1:18280}. */
  URI base() {
    return URI.create("http://" + LOOPBACK + ":" + httpPort);
  }

  Path serverLog() {
    return domainsDir.resolve(NAME).resolve("logs").resolve("server.log");
  }

  /** Runs asadmin; a failure also names the server's log, where the server tells its side. */
  private void run(Duration timeout, Map<String, String> env, String... args) {
    try {
      asadmin.run(timeout, env, args);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nserver log: " + serverLog(), e);
    }
  }

  /** The arguments of a domain command for this domain, talking to loopback only. */
  private static String[] command(Path domainsDir, String command, String... options) {
    List<String> args = new ArrayList<>(List.of("--host", LOOPBACK, command));
    args.addAll(List.of(options));
    args.addAll(List.of("--domaindir", domainsDir.toString(), NAME));
    return args.toArray(String[]::new);
  }
}
