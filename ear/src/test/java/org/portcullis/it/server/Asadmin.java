package org.portcullis.it.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code asadmin} of one Payara Server installation. Every call is bounded by a timeout, runs
 * non-interactively, and appends its command line, output, exit code and duration to one log file.
 */
final class Asadmin {

  /** The outcome of one call; {@code exitCode} is -1 when the call timed out. */
  record Result(String command, int exitCode, String output, Duration took) {

    boolean succeeded() {
      return exitCode == 0;
    }

    String describe() {
      String outcome = exitCode < 0 ? "timed out" : "exit code " + exitCode;
      return "asadmin " + command + ": " + outcome + " after " + took.toSeconds() + " s" + output;
    }
  }

  private final Path executable;
  private final Path log;

  Asadmin(Path payaraHome, Path log) {
    this.executable = payaraHome.resolve("bin").resolve("asadmin");
    this.log = log;
  }

  /**
   * Runs {@code asadmin args} with {@code env} added to its environment.
   *
   * @throws AssertionError when the call fails or times out, with its output
   */
  Result run(Duration timeout, Map<String, String> env, String... args) {
    Result result = tryRun(timeout, env, args);
    if (!result.succeeded()) {
      throw new AssertionError(result.describe() + "\n(all asadmin output: " + log + ")");
    }
    return result;
  }

  /** Runs {@code asadmin args} and reports the outcome without judging it. */
  Result tryRun(Duration timeout, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--interactive=false"));
    command.addAll(List.of(args));
    String shown = String.join(" ", args);
    long started = System.nanoTime();
    try {
      Path output = Files.createTempFile(log.getParent(), "asadmin", ".out");
      try {
        int exitCode = execute(command, env, output, timeout);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Result result = new Result(shown, exitCode, "\n" + Files.readString(output), took);
        record(result);
        return result;
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new AssertionError("asadmin " + shown + " could not run", e);
    }
  }

  private int execute(List<String> command, Map<String, String> env, Path output, Duration timeout)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    // The server runs on the JDK that runs the tests, not on whatever java the PATH offers.
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Process process = builder.start();
    try {
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
      }
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      return -1;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while running asadmin", e);
    }
  }

  private void record(Result result) throws IOException {
    Files.writeString(
        log,
        result.describe() + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    // One line per call on the console, so a build log shows where the minutes went.
    System.out.printf(
        "asadmin %s: exit code %d after %d s%n",
        result.command(), result.exitCode(), result.took().toSeconds());
  }
}
