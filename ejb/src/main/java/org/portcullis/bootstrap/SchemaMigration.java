package org.portcullis.bootstrap;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** Brings the schema up to date with the Flyway migrations of module {@code sql}. */
final class SchemaMigration {

  private SchemaMigration() {}

  /** Applies pending migrations (Flyway locks against concurrent runs) and returns the version. */
  static String migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    flyway.migrate();
    MigrationInfo current = flyway.info().current();
    return current == null ? "none" : current.getVersion().getVersion();
  }
}
