package org.portcullis.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built platform ({@code portcullis-micro.jar}) running in its own JVM on a loopback port, as a
 * user would start it. Its output goes to a log file beside the test reports.
 */
public final class PlatformProcess implements AutoCloseable {

  private final Process process;
  private final URI base;
  private final Path log;

  private PlatformProcess(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /**
   * Starts the jar with {@code env} added to the environment and waits until {@code /health/ready}
   * answers 200.
   */
  public static PlatformProcess start(String name, int port, Map<String, String> env)
      throws IOException, InterruptedException {
    Path work = workDir().resolve(name);
    // A fresh runtime folder: from a reused --rootdir Payara Micro first reloads the old
    // deployments in no fixed order, and readiness may then answer before / serves.
    TestFiles.deleteTree(work.resolve("micro-root"));
    Files.createDirectories(work);
    Path log = work.resolve("platform.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("portcullis.it.microJar"),
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--rootdir",
            work.resolve("micro-root").toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    PlatformProcess platform =
        new PlatformProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    platform.awaitReady(Duration.ofMinutes(4));
    return platform;
  }

  static Path workDir() {
    return Path.of(System.getProperty("portcullis.it.workDir", "target/it"));
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The platform exited; see " + log.toAbsolutePath());
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(base.resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    close();
    throw new IllegalStateException("The platform was not ready in " + timeout + "; see " + log);
  }

  /** The base URL, such as {@code http://127.0.0.1:18080}. */
  public URI base() {
    return base;
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
