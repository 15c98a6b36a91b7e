import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads users straight into the platform's database, with the rows the application writes for a
 * SCIM-created user (DIRECTORY_USER and one work email in USER_EMAIL, see V1 and V3 migrations
 * and org.portcullis.directory.User): UUID ids, USER_NAME_KEY the lower-case userName, version
 * 0, no password. The platform must be stopped when the database is embedded H2.
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar Load.java JDBC_URL USER PASSWORD SPEC...
 *   SPEC: TENANT=COUNT        users 0..COUNT-1 in TENANT (from the first one missing: a load
 *                             resumes after an interruption)
 *         like:PATTERN=COUNT  COUNT users in every tenant whose id is LIKE PATTERN and that has
 *                             no user yet
 * </pre>
 *
 * User number n of a tenant is named as {@code Bench.java} expects: {@link #userName(long)}.
 */
public class Load {

  static final String[] FIRST = {
    "olivia", "liam", "emma", "noah", "amelia", "oliver", "ava", "elijah", "sophia", "mateo",
    "isabella", "lucas", "mia", "levi", "evelyn", "asher", "harper", "james", "luna", "leo",
    "camila", "grayson", "gianna", "ezra", "elizabeth", "luca", "eleanor", "ethan", "ella", "aiden",
    "abigail", "wyatt", "sofia", "sebastian", "avery", "benjamin", "scarlett", "mason", "emily",
    "henry", "aria", "hudson", "penelope", "jack", "chloe", "jackson", "layla", "owen", "mila",
    "daniel"
  };
  static final String[] LAST = {
    "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
    "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor",
    "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez", "clark",
    "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott",
    "torres", "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera",
    "campbell", "mitchell", "carter", "roberts"
  };

  /** The userName of user number {@code n}: {@code Given.Family.0001234} (mixed case on purpose). */
  static String userName(long n) {
    String first = FIRST[(int) (n % FIRST.length)];
    String last = LAST[(int) ((n / FIRST.length) % LAST.length)];
    return capitalize(first) + "." + capitalize(last) + "." + String.format("%07d", n);
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static final List<String> USER_COLUMNS =
      List.of(
          "id", "tenant_id", "user_name", "user_name_key", "password_hash", "active",
          "created_at", "modified_at", "version", "external_id", "display_name", "given_name",
          "family_name", "formatted_name");
  private static final List<String> EMAIL_COLUMNS =
      List.of("id", "tenant_id", "user_id", "address", "email_type", "is_primary");
  private static final int BATCH = 1_000;
  private static final int COMMIT = 20_000;

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Load JDBC_URL USER PASSWORD TENANT=COUNT|like:PATTERN=COUNT...");
      System.exit(2);
    }
    try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
      db.setAutoCommit(false);
      checkSchema(db, "directory_user", USER_COLUMNS);
      checkSchema(db, "user_email", EMAIL_COLUMNS);
      Map<String, Long> plan = plan(db, List.of(args).subList(3, args.length));
      boolean postgres = args[0].startsWith("jdbc:postgresql:");
      Map<String, Long> existing = existing(db);
      long started = System.nanoTime();
      // Secondary indexes and constraints cost ~10 random-key index insertions per user; built
      // once afterwards they cost a sort each. Their DDL is read from the database itself.
      List<String> restore = postgres ? dropPostgres(db) : dropH2(db);
      System.out.printf(
          Locale.ROOT,
          "dropped %d indexes and constraints in %.1f s%n",
          restore.size(),
          (System.nanoTime() - started) / 1e9);
      long total = 0;
      for (var entry : plan.entrySet()) {
        long t0 = System.nanoTime();
        long first = existing.getOrDefault(entry.getKey(), 0L);
        if (postgres) {
          copyPostgres(db, entry.getKey(), first, entry.getValue());
        } else {
          insertBatches(db, entry.getKey(), first, entry.getValue());
        }
        total += Math.max(0, entry.getValue() - first);
        if (entry.getValue() >= 10_000) {
          System.out.printf(
              Locale.ROOT,
              "%s: %,d users in %.1f s%n",
              entry.getKey(),
              entry.getValue(),
              (System.nanoTime() - t0) / 1e9);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "loaded %,d users (and as many emails) into %,d tenants in %.1f s%n",
          total,
          plan.size(),
          (System.nanoTime() - started) / 1e9);
      long t0 = System.nanoTime();
      try (Statement s = db.createStatement()) {
        if (postgres) {
          s.execute("SET maintenance_work_mem = '1GB'");
        }
        for (String ddl : restore) {
          s.execute(ddl);
        }
        db.commit();
      }
      System.out.printf(
          Locale.ROOT,
          "re-created %d indexes and constraints in %.1f s%n",
          restore.size(),
          (System.nanoTime() - t0) / 1e9);
      refreshUserCounts(db, plan.keySet());
      try (Statement s = db.createStatement()) {
        // H2 analyzes by itself as rows change; PostgreSQL's autovacuum would, a little later.
        s.execute("ANALYZE");
      }
      db.commit();
      System.out.printf(
          Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
  }

  private static final Set<String> TABLES = Set.of("DIRECTORY_USER", "USER_EMAIL");

  /**
   * H2: drops every index and constraint on the loaded tables (and the foreign keys that point at
   * them), returning the DDL that re-creates them, in the order of H2's own {@code SCRIPT NODATA}
   * (unique and primary keys before the foreign keys that use them).
   */
  private static List<String> dropH2(Connection db) throws SQLException {
    List<String> restore = new ArrayList<>();
    List<String> dropConstraints = new ArrayList<>();
    List<String> dropIndexes = new ArrayList<>();
    Pattern alter =
        Pattern.compile(
            "ALTER TABLE \"PUBLIC\"\\.\"(\\w+)\" ADD CONSTRAINT \"PUBLIC\"\\.\"(\\w+)\""
                + " (PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK)(?:.*REFERENCES \"PUBLIC\"\\.\"(\\w+)\")?.*",
            Pattern.DOTALL);
    Pattern index =
        Pattern.compile(
            "CREATE (?:UNIQUE )?INDEX \"PUBLIC\"\\.\"(\\w+)\" ON \"PUBLIC\"\\.\"(\\w+)\".*",
            Pattern.DOTALL);
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
      while (rs.next()) {
        String ddl = rs.getString(1);
        Matcher a = alter.matcher(ddl);
        Matcher i = index.matcher(ddl);
        if (a.matches() && (TABLES.contains(a.group(1)) || (a.group(4) != null && TABLES.contains(a.group(4))))) {
          restore.add(ddl);
          String drop = "ALTER TABLE \"" + a.group(1) + "\" DROP CONSTRAINT \"" + a.group(2) + "\"";
          if (a.group(3).equals("FOREIGN KEY")) {
            dropConstraints.add(0, drop); // before the keys they reference
          } else {
            dropConstraints.add(drop);
          }
        } else if (i.matches() && TABLES.contains(i.group(2))) {
          restore.add(ddl);
          dropIndexes.add("DROP INDEX IF EXISTS \"" + i.group(1) + "\"");
        }
      }
    }
    drop(db, dropConstraints, dropIndexes);
    return restore;
  }

  /** PostgreSQL: the same, from the catalog ({@code pg_get_constraintdef}, {@code pg_get_indexdef}). */
  private static List<String> dropPostgres(Connection db) throws SQLException {
    List<String> restore = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    List<String> dropConstraints = new ArrayList<>();
    List<String> dropIndexes = new ArrayList<>();
    String tables = "('directory_user'::regclass, 'user_email'::regclass)";
    try (Statement s = db.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index"
                  + " WHERE indrelid IN "
                  + tables
                  + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = indexrelid"
                  + " AND c.contype IN ('p', 'u'))")) {
        while (rs.next()) {
          restore.add(rs.getString(2));
          dropIndexes.add("DROP INDEX " + rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)"
                  + " FROM pg_constraint WHERE contype IN ('p', 'u', 'f') AND (conrelid IN "
                  + tables
                  + " OR confrelid IN "
                  + tables
                  + ") ORDER BY contype DESC")) { // p and u before f
        while (rs.next()) {
          String table = rs.getString(1);
          String name = rs.getString(2);
          String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + rs.getString(4);
          String drop = "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
          if (rs.getString(3).equals("f")) {
            foreign.add(add);
            dropConstraints.add(0, drop);
          } else {
            restore.add(add);
            dropConstraints.add(drop);
          }
        }
      }
    }
    restore.addAll(foreign);
    drop(db, dropConstraints, dropIndexes);
    return restore;
  }

  private static void drop(Connection db, List<String> constraints, List<String> indexes)
      throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String ddl : constraints) {
        s.execute(ddl);
      }
      for (String ddl : indexes) {
        s.execute(ddl);
      }
    }
    db.commit();
  }

  /**
   * The per-tenant user count that the application keeps (migration V10) : the loaded tenants'
   * counters are set from the rows, as the migration sets them for existing tenants.
   */
  private static void refreshUserCounts(Connection db, Set<String> tenants) throws SQLException {
    if (!tableExists(db, "directory_user_count")) {
      return;
    }
    try (PreparedStatement reset =
            db.prepareStatement(
                "UPDATE directory_user_count SET users = CASE WHEN slot = 0 THEN"
                    + " (SELECT COUNT(*) FROM directory_user u WHERE u.tenant_id = ?) ELSE 0 END"
                    + " WHERE tenant_id = ?")) {
      for (String tenant : tenants) {
        reset.setString(1, tenant);
        reset.setString(2, tenant);
        reset.addBatch();
      }
      reset.executeBatch();
    }
    db.commit();
  }

  private static boolean tableExists(Connection db, String table) throws SQLException {
    for (String name : Set.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = db.getMetaData().getTables(null, null, name, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Fails when the schema has a required column this loader does not fill. */
  private static void checkSchema(Connection db, String table, List<String> known)
      throws SQLException {
    DatabaseMetaData meta = db.getMetaData();
    boolean found = false;
    for (String name : Set.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet columns = meta.getColumns(null, null, name, null)) {
        while (columns.next()) {
          found = true;
          String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
          boolean required =
              columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                  && columns.getString("COLUMN_DEF") == null;
          if (required && !known.contains(column)) {
            throw new IllegalStateException(
                table + "." + column + " is required and Load.java does not fill it: update it");
          }
        }
      }
    }
    if (!found) {
      throw new IllegalStateException("No table " + table + ": start the platform once first");
    }
  }

  private static Map<String, Long> plan(Connection db, List<String> specs) throws SQLException {
    Map<String, Long> plan = new LinkedHashMap<>();
    for (String spec : specs) {
      int eq = spec.lastIndexOf('=');
      long count = Long.parseLong(spec.substring(eq + 1));
      String target = spec.substring(0, eq);
      if (target.startsWith("like:")) {
        try (PreparedStatement q =
            db.prepareStatement(
                "SELECT t.id FROM tenant t WHERE t.id LIKE ? AND NOT EXISTS"
                    + " (SELECT 1 FROM directory_user u WHERE u.tenant_id = t.id) ORDER BY t.id")) {
          q.setString(1, target.substring(5));
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              plan.put(rs.getString(1), count);
            }
          }
        }
      } else {
        try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM tenant WHERE id = ?")) {
          q.setString(1, target);
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != 1) {
              throw new IllegalStateException("No tenant " + target + ": create it first");
            }
          }
        }
        plan.put(target, count);
      }
    }
    return plan;
  }

  /**
   * Users already there per tenant: numbers 0..n-1 (a load resumes after an interruption). Read
   * once, before the indexes go.
   */
  private static Map<String, Long> existing(Connection db) throws SQLException {
    Map<String, Long> existing = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT tenant_id, count(*) FROM directory_user GROUP BY tenant_id")) {
      while (rs.next()) {
        existing.put(rs.getString(1), rs.getLong(2));
      }
    }
    return existing;
  }

  private static void insertBatches(Connection db, String tenant, long first, long count)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement users = db.prepareStatement(insert("directory_user", USER_COLUMNS));
        PreparedStatement emails = db.prepareStatement(insert("user_email", EMAIL_COLUMNS))) {
      for (long n = first; n < count; n++) {
        Row r = new Row(tenant, n);
        int i = 1;
        users.setString(i++, r.id);
        users.setString(i++, tenant);
        users.setString(i++, r.userName);
        users.setString(i++, r.userName.toLowerCase(Locale.ROOT));
        users.setString(i++, null);
        users.setBoolean(i++, true);
        users.setObject(i++, now);
        users.setObject(i++, now);
        users.setLong(i++, 0);
        users.setString(i++, r.externalId);
        users.setString(i++, r.displayName);
        users.setString(i++, r.given);
        users.setString(i++, r.family);
        users.setString(i++, r.displayName);
        users.addBatch();
        i = 1;
        emails.setString(i++, UUID.randomUUID().toString());
        emails.setString(i++, tenant);
        emails.setString(i++, r.id);
        emails.setString(i++, r.email);
        emails.setString(i++, "work");
        emails.setBoolean(i++, true);
        emails.addBatch();
        if ((n + 1) % BATCH == 0 || n + 1 == count) {
          users.executeBatch();
          emails.executeBatch();
        }
        if ((n + 1) % COMMIT == 0 || n + 1 == count) {
          db.commit();
        }
        if ((n + 1) % 100_000 == 0) {
          System.out.printf(Locale.ROOT, "  %s: %,d%n", tenant, n + 1);
        }
      }
    }
  }

  /** PostgreSQL: COPY in chunks, through the driver's CopyManager (no compile-time driver). */
  private static void copyPostgres(Connection db, String tenant, long first, long count)
      throws Exception {
    Object pg = db.unwrap(Class.forName("org.postgresql.PGConnection"));
    Object copy = pg.getClass().getMethod("getCopyAPI").invoke(pg);
    Method copyIn = copy.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
    String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
    String userCopy =
        "COPY directory_user (" + String.join(", ", USER_COLUMNS) + ") FROM STDIN (FORMAT csv)";
    String emailCopy =
        "COPY user_email (" + String.join(", ", EMAIL_COLUMNS) + ") FROM STDIN (FORMAT csv)";
    for (long start = first; start < count; start += 50_000) {
      StringBuilder users = new StringBuilder();
      StringBuilder emails = new StringBuilder();
      for (long n = start; n < Math.min(count, start + 50_000); n++) {
        Row r = new Row(tenant, n);
        csv(users, r.id, tenant, r.userName, r.userName.toLowerCase(Locale.ROOT), null, "t", now,
            now, "0", r.externalId, r.displayName, r.given, r.family, r.displayName);
        csv(emails, UUID.randomUUID().toString(), tenant, r.id, r.email, "work", "t");
      }
      copyIn.invoke(copy, userCopy, new StringReader(users.toString()));
      copyIn.invoke(copy, emailCopy, new StringReader(emails.toString()));
      db.commit();
    }
  }

  private static void csv(StringBuilder out, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      if (values[i] != null) { // an unquoted empty field is NULL in COPY's csv format
        out.append('"').append(values[i].replace("\"", "\"\"")).append('"');
      }
    }
    out.append('\n');
  }

  private static String insert(String table, List<String> columns) {
    List<String> marks = new ArrayList<>();
    columns.forEach(c -> marks.add("?"));
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", marks)
        + ")";
  }

  private static final class Row {
    final String id = UUID.randomUUID().toString();
    final String userName;
    final String given;
    final String family;
    final String displayName;
    final String email;
    final String externalId;

    Row(String tenant, long n) {
      userName = userName(n);
      given = capitalize(FIRST[(int) (n % FIRST.length)]);
      family = capitalize(LAST[(int) ((n / FIRST.length) % LAST.length)]);
      displayName = given + " " + family;
      email = userName.toLowerCase(Locale.ROOT) + "@" + tenant + ".example";
      externalId = "hr-" + n;
    }
  }
}
