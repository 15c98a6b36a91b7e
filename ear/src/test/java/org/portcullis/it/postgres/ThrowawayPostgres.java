package org.portcullis.it.postgres;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.portcullis.it.TestFiles;

/**
 * A PostgreSQL server owned by one test class: a fresh cluster from the local PostgreSQL binaries,
 * listening on 127.0.0.1 only, with one database and its owner. The binaries come from {@code
 * PORTCULLIS_IT_PG_BIN} or the Debian layout {@code /usr/lib/postgresql/<major>/bin}; without them
 * starting fails, naming the package to install.
 */
final class ThrowawayPostgres implements AutoCloseable {

  static final String DATABASE = "portcullis";
  static final String USER = "portcullis";

  private static final String BIN_VARIABLE = "PORTCULLIS_IT_PG_BIN";
  private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");
  private static final String SUPERUSER = "postgres";
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
  // Unix socket paths are limited to about 107 bytes.
  private static final int MAX_SOCKET_DIR_LENGTH = 80;
  private static final File DEV_NULL = new File("/dev/null");

  private final Path bin;
  private final Path root;
  private final int port;
  private final String password = secret();
  private final List<String> runAs;
  private final boolean temporaryRoot;

  private ThrowawayPostgres(Path bin, Path root, boolean temporaryRoot, int port) {
    this.bin = bin;
    this.root = root;
    this.temporaryRoot = temporaryRoot;
    this.port = port;
    // As root, initdb refuses to run: the server runs as the postgres account instead.
    this.runAs = isRoot() ? List.of("runuser", "-u", SUPERUSER, "--") : List.of();
  }

  /**
   * Creates a cluster in {@code preferredRoot} (wiped first), starts it on {@code port} and creates
   * the database. A temporary folder stands in when the postgres account cannot write there (a
   * checkout under /root) or the socket path would be too long.
   */
  static ThrowawayPostgres start(Path preferredRoot, int port)
      throws IOException, InterruptedException, SQLException {
    Path bin = binaries();
    Path root = preferredRoot.toAbsolutePath().normalize();
    stopLeftover(bin, root);
    TestFiles.deleteTree(root);
    Files.createDirectories(root);
    ThrowawayPostgres postgres = new ThrowawayPostgres(bin, root, false, port);
    if (!postgres.usable()) {
      TestFiles.deleteTree(root);
      Path temporary = Files.createTempDirectory("portcullis-it-pg-");
      postgres = new ThrowawayPostgres(bin, temporary, true, port);
      if (!postgres.usable()) {
        throw new IllegalStateException(
            "The postgres account can write neither " + root + " nor " + temporary);
      }
    }
    try {
      postgres.initAndStart();
      postgres.createDatabase();
      return postgres;
    } catch (Exception e) {
      try {
        postgres.close();
      } catch (Exception stopping) {
        e.addSuppressed(stopping);
      }
      throw e;
    }
  }

  String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  String password() {
    return password;
  }

  /** A connection to the database as its owner, the account the platform uses. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, password);
  }

  /**
   * Stops the server. The cluster's files stay in {@code ear/target} for a look after a failure; a
   * temporary folder is deleted.
   */
  @Override
  public void close() throws IOException {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping PostgreSQL in " + root, e);
    }
    if (temporaryRoot) {
      TestFiles.deleteTree(root);
    }
  }

  private void stop() throws IOException, InterruptedException {
    if (Files.exists(data().resolve("postmaster.pid"))) {
      pgCtl("stop", "-m", "fast");
    }
  }

  private static Path binaries() throws IOException {
    String configured = System.getenv(BIN_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      Path bin = Path.of(configured);
      if (!hasServerTools(bin)) {
        throw new IllegalStateException(
            BIN_VARIABLE + "=" + configured + " holds no initdb and pg_ctl");
      }
      return bin;
    }
    return debianBinaries()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No PostgreSQL server found: this test needs initdb and pg_ctl. Install the"
                        + " Debian package postgresql (apt-get install postgresql), or set "
                        + BIN_VARIABLE
                        + " to the folder that holds them."));
  }

  /** The newest major version in the Debian layout. */
  private static Optional<Path> debianBinaries() throws IOException {
    if (!Files.isDirectory(DEBIAN_VERSIONS)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+"))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .filter(ThrowawayPostgres::hasServerTools);
    }
  }

  private static boolean hasServerTools(Path bin) {
    return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
  }

  /** A server left running by an aborted earlier run would hold the port. */
  private static void stopLeftover(Path bin, Path root) throws IOException, InterruptedException {
    if (Files.exists(root.resolve("data").resolve("postmaster.pid"))) {
      new ThrowawayPostgres(bin, root, false, 0).pgCtl("stop", "-m", "immediate");
    }
  }

  /** Whether the server's account can write here and the socket path is short enough. */
  private boolean usable() throws IOException, InterruptedException {
    if (socketDir().toString().length() > MAX_SOCKET_DIR_LENGTH) {
      return false;
    }
    handToServerAccount(root);
    List<String> probe = new ArrayList<>(runAs);
    probe.addAll(List.of("test", "-w", root.toString()));
    return exitCode(probe, DEV_NULL) == 0;
  }

  private void initAndStart() throws IOException, InterruptedException {
    Path passwordFile = root.resolve("superuser-password");
    Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    handToServerAccount(passwordFile);
    run(
        tool("initdb"),
        "-D",
        data().toString(),
        "-U",
        SUPERUSER,
        "--pwfile=" + passwordFile,
        "-A",
        "scram-sha-256",
        "-E",
        "UTF8",
        "--no-locale",
        "--no-sync");
    Files.delete(passwordFile);
    Files.createDirectories(socketDir());
    handToServerAccount(socketDir());
    Files.writeString(
        data().resolve("postgresql.conf"),
        String.join(
            "\n",
            "",
            "listen_addresses = '127.0.0.1'",
            "port = " + port,
            "unix_socket_directories = '" + socketDir() + "'",
            // A throwaway cluster: durability only costs time.
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            ""),
        StandardOpenOption.APPEND);
    pgCtl("start", "-l", root.resolve("server.log").toString());
  }

  private void createDatabase() throws SQLException {
    try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
      sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
    }
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?connectTimeout=10";
  }

  private void pgCtl(String action, String... options) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(tool("pg_ctl"), action, "-D", data().toString()));
    command.addAll(List.of(options));
    command.addAll(List.of("-w", "-t", "60"));
    run(command.toArray(String[]::new));
  }

  private String tool(String name) {
    return bin.resolve(name).toString();
  }

  private Path data() {
    return root.resolve("data");
  }

  private Path socketDir() {
    return root.resolve("socket");
  }

  private void handToServerAccount(Path path) throws IOException {
    if (!runAs.isEmpty()) {
      UserPrincipal account =
          path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
      Files.setOwner(path, account);
    }
  }

  /** Runs a PostgreSQL command as the server's account; its output goes to commands.log. */
  private void run(String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(runAs);
    full.addAll(List.of(command));
    Path log = root.resolve("commands.log");
    Files.writeString(
        log, String.join(" ", full) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    int exit = exitCode(full, log.toFile());
    if (exit != 0) {
      throw new IllegalStateException(
          "PostgreSQL command failed (exit "
              + exit
              + "): "
              + full
              + tail(log)
              + tail(root.resolve("server.log")));
    }
  }

  /** The end of a log, for a failure message that CI shows without the files. */
  private static String tail(Path log) throws IOException {
    if (!Files.isReadable(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return "\n--- "
        + log
        + ":\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }

  private static int exitCode(List<String> command, File output)
      throws IOException, InterruptedException {
    // Output goes to a file, never a pipe: pg_ctl start leaves the server holding its handles.
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(output))
            .redirectInput(Redirect.from(DEV_NULL))
            .start();
    if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Timed out after " + COMMAND_TIMEOUT + ": " + command);
    }
    return process.exitValue();
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String secret() {
    // Hex only, so that it can stand in an SQL literal as it is.
    return UUID.randomUUID().toString().replace("-", "");
  }
}
