package org.portcullis.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date with the Flyway migrations of module {@code sql}: the portable ones
 * in {@code db/migration}, which every database runs, and on PostgreSQL also those in {@code
 * db/postgresql}, which add what only PostgreSQL has (a trigram index). A database-specific
 * migration takes a version between two portable ones ({@code V10_1}), so that it never claims a
 * number that a portable migration will need.
 */
final class SchemaMigration {

  private SchemaMigration() {}

  /** Applies pending migrations (Flyway locks against concurrent runs) and returns the version. */
  static String migrate(DataSource dataSource) {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (isPostgres(dataSource)) {
      locations.add("classpath:db/postgresql");
    }
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .failOnMissingLocations(true)
            .load();
    flyway.migrate();
    MigrationInfo current = flyway.info().current();
    return current == null ? "none" : current.getVersion().getVersion();
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgresql");
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }
}
