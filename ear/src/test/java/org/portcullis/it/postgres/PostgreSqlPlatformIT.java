package org.portcullis.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.portcullis.it.Http;
import org.portcullis.it.PlatformProcess;
import org.portcullis.it.TestFiles;

/**
 * Proves that the platform runs on real PostgreSQL ({@code PORTCULLIS_DB_URL}): on an empty
 * database it migrates the schema before it reports ready, bootstraps tenant {@code system} with
 * its admin client, serves discovery and tokens, and writes a new tenant with its signing key into
 * PostgreSQL; restarted on the same database it migrates and bootstraps nothing and still knows the
 * tenant.
 *
 * <p>The test owns its PostgreSQL server ({@link ThrowawayPostgres}) and its platform process. The
 * test methods are the steps of one scenario and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgreSqlPlatformIT {

  private static final String ADMIN_CLIENT_ID = "bootstrap-admin";
  private static final String ADMIN_CLIENT_SECRET = "it-pg-" + UUID.randomUUID();
  private static final String TENANT = "pg-acme";
  private static final Pattern VERSIONED_MIGRATION = Pattern.compile("V([0-9._]+)__.+\\.sql");

  private static final Path WORK =
      Path.of(System.getProperty("portcullis.it.workDir", "target/it")).toAbsolutePath();
  private static final Path DATA_DIR = WORK.resolve("pg-platform-data");
  private static final String FIRST_START = "pg-first";
  private static final String RESTART = "pg-restart";
  private static final int PLATFORM_PORT =
      Integer.getInteger("portcullis.it.pgPlatformPort", 18090);
  private static final int POSTGRES_PORT = Integer.getInteger("portcullis.it.pgPort", 18190);

  private static ThrowawayPostgres postgres;
  private static PlatformProcess platform;

  @BeforeAll
  static void startPostgresAndPlatform() throws Exception {
    postgres = ThrowawayPostgres.start(WORK.resolve("pg"), POSTGRES_PORT);
    // Fresh folders: from a reused --rootdir Payara Micro first reloads the old deployments, in
    // no fixed order, and readiness can then answer 200 before / serves.
    for (Path folder : List.of(DATA_DIR, WORK.resolve(FIRST_START), WORK.resolve(RESTART))) {
      TestFiles.deleteTree(folder);
    }
    platform = startPlatform(FIRST_START);
  }

  @AfterAll
  static void stopPlatformAndPostgres() throws Exception {
    if (platform != null) {
      platform.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void readyAfterEveryShippedMigrationRanInPostgres() throws Exception {
    assertEquals(200, Http.get(platform.base().resolve("/health/ready")).statusCode());

    assertEquals(shippedVersions(), appliedVersions());
    assertEquals(0, count("select count(*) from flyway_schema_history where not success"));
    // The embedded default would have created its file here.
    assertFalse(Files.exists(DATA_DIR.resolve("portcullis.mv.db")), "an H2 database was created");
  }

  @Test
  @Order(2)
  void discoversTenantSystem() {
    var response = Http.get(URI.create(issuer("system") + "/.well-known/openid-configuration"));

    assertEquals(200, response.statusCode(), response::body);
    Map<String, Object> metadata = Http.json(response);
    assertEquals(issuer("system"), metadata.get("issuer"));
    assertNotNull(metadata.get("token_endpoint"));
  }

  @Test
  @Order(3)
  void issuesClientCredentialsTokenToBootstrapClient() throws Exception {
    var response = requestAdminToken();

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("Bearer", Http.json(response).get("token_type"));
    assertEquals(
        1,
        count(
            "select count(*) from oauth_client where client_id = ? and tenant_id = 'system'",
            ADMIN_CLIENT_ID));
  }

  @Test
  @Order(4)
  void createsTenantWithSigningKeyInPostgres() throws Exception {
    var response =
        Http.postJson(
            platform.base().resolve("/admin/tenants"),
            "{\"id\":\"" + TENANT + "\",\"displayName\":\"PG Acme\"}",
            "Authorization",
            "Bearer " + adminToken());

    assertEquals(201, response.statusCode(), response::body);
    assertEquals(
        Optional.of(platform.base() + "/admin/tenants/" + TENANT),
        response.headers().firstValue("Location"));
    assertEquals(
        1, count("select count(*) from tenant where id = ? and display_name = 'PG Acme'", TENANT));
    assertEquals(
        1,
        count(
            "select count(*) from signing_key where tenant_id = ? and activates_at <= now()"
                + " and retires_at is null",
            TENANT),
        "one key, active since its creation");
    assertEquals(
        1,
        count(
            "select count(*) from tenant_task where tenant_id = ? and task = 'signing-keys'"
                + " and due_at > now()",
            TENANT),
        "its rotation is scheduled");
  }

  @Test
  @Order(5)
  void withoutAGivenPasswordTheAdminsGeneratedPasswordIsPrintedOnce() throws Exception {
    // Contract, "Bootstrap": no PORTCULLIS_BOOTSTRAP_ADMIN_PASSWORD here, so one is generated.
    assertEquals(1, generatedPasswordBanners(platform.log()), "printed on the first start");
    assertEquals(
        1,
        count(
            "select count(*) from directory_user u"
                + " join user_role ur on ur.tenant_id = u.tenant_id and ur.user_id = u.id"
                + " join role r on r.tenant_id = ur.tenant_id and r.id = ur.role_id"
                + " where u.tenant_id = 'system' and u.user_name = 'admin'"
                + " and r.name = 'platform-admin' and u.password_hash like '$argon2id$%'"));
  }

  @Test
  @Order(6)
  void restartsOnTheSameDatabaseWithoutMigratingOrBootstrappingAgain() throws Exception {
    List<String> historyBefore = history();

    platform.close();
    platform = startPlatform(RESTART);

    assertEquals(200, Http.get(platform.base().resolve("/health/ready")).statusCode());
    assertEquals(historyBefore, history(), "Flyway changed its history on the second start");
    assertEquals(0, generatedPasswordBanners(platform.log()), "bootstrap ran again");
    assertEquals(
        1, count("select count(*) from oauth_client where client_id = ?", ADMIN_CLIENT_ID));
    assertEquals(1, count("select count(*) from tenant where id = ?", TENANT));
    var tenant =
        Http.get(
            platform.base().resolve("/admin/tenants/" + TENANT),
            "Authorization",
            "Bearer " + adminToken());
    assertEquals(200, tenant.statusCode(), tenant::body);
  }

  private static PlatformProcess startPlatform(String name)
      throws IOException, InterruptedException {
    return PlatformProcess.start(
        name,
        PLATFORM_PORT,
        Map.ofEntries(
            Map.entry("PORTCULLIS_DB_URL", postgres.jdbcUrl()),
            Map.entry("PORTCULLIS_DB_USER", ThrowawayPostgres.USER),
            Map.entry("PORTCULLIS_DB_PASSWORD", postgres.password()),
            Map.entry("PORTCULLIS_DATA_DIR", DATA_DIR.toString()),
            Map.entry("PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET)));
  }

  private static long generatedPasswordBanners(Path log) throws IOException {
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains("Portcullis bootstrap admin of tenant 'system'")).count();
    }
  }

  private static String issuer(String tenant) {
    return platform.base() + "/t/" + tenant;
  }

  /** The token endpoint as discovery names it (contract: never guessed). */
  private static URI tokenEndpoint() {
    var discovery = Http.get(URI.create(issuer("system") + "/.well-known/openid-configuration"));
    return URI.create((String) Http.json(discovery).get("token_endpoint"));
  }

  private static HttpResponse<String> requestAdminToken() {
    return Http.postForm(
        tokenEndpoint(),
        Http.form("grant_type", "client_credentials"),
        "Authorization",
        Http.basic(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET));
  }

  private static String adminToken() {
    var response = requestAdminToken();
    assertEquals(200, response.statusCode(), response::body);
    return (String) Http.json(response).get("access_token");
  }

  /** The versions of the migrations the platform ships (module sql, on the class path). */
  /** The shared migrations and the PostgreSQL-only ones. */
  private static Set<String> shippedVersions() throws IOException, URISyntaxException {
    Set<String> versions = new java.util.TreeSet<>(shippedVersions("db/migration"));
    versions.addAll(shippedVersions("db/postgresql"));
    return versions;
  }

  private static Set<String> shippedVersions(String location)
      throws IOException, URISyntaxException {
    URL folder = PostgreSqlPlatformIT.class.getClassLoader().getResource(location);
    assertNotNull(folder, "no " + location + " on the class path");
    URI uri = folder.toURI();
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return versionsIn(jar.getPath(location));
      }
    }
    return versionsIn(Path.of(uri));
  }

  private static Set<String> versionsIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> versions =
          files
              .map(f -> VERSIONED_MIGRATION.matcher(f.getFileName().toString()))
              .filter(Matcher::matches)
              .map(m -> m.group(1).replace('_', '.'))
              .collect(Collectors.toCollection(TreeSet::new));
      assertFalse(versions.isEmpty(), "no migration in " + folder);
      return versions;
    }
  }

  private static Set<String> appliedVersions() throws SQLException {
    return new TreeSet<>(
        strings("select version from flyway_schema_history where success and version is not null"));
  }

  /** Flyway's history, one line per row: a run that applied anything would add a row. */
  private static List<String> history() throws SQLException {
    return strings(
        "select installed_rank || ' ' || coalesce(version, '') || ' ' || checksum"
            + " from flyway_schema_history order by installed_rank");
  }

  private static List<String> strings(String sql) throws SQLException {
    try (Connection db = postgres.connect();
        PreparedStatement query = db.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static long count(String sql, Object... parameters) throws SQLException {
    try (Connection db = postgres.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        return rows.getLong(1);
      }
    }
  }
}
