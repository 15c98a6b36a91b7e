package org.portcullis.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.portcullis.tenant.TenantAlreadyExistsException;

/**
 * Runs once per deployment before it serves: migrates the schema, then provisions the first start.
 * Each deployable unit (the EAR, or each WAR on Payara Micro) does this; Flyway's lock and the
 * "only while the database is empty" rule make the second run a no-op. Nodes started together on an
 * empty database both find it empty: one provisions it, the others find tenant {@code system} taken
 * and go on with the winner's.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own work
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DataSourceDefinition(
    name = PlatformStartup.DATA_SOURCE,
    className = "org.portcullis.bootstrap.PlatformDataSource",
    minPoolSize = 1,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {"fish.payara.statement-cache-size=64", "fish.payara.statement-cache-type= "})
public class PlatformStartup {

  /** The JNDI name of the platform's data source (persistence.xml names it too). */
  public static final String DATA_SOURCE = "java:app/jdbc/portcullis";

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @EJB private BootstrapProvisioning bootstrap;

  private volatile String schemaVersion;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    schemaVersion = SchemaMigration.migrate(dataSource);
    provisionUnlessAnotherNodeDoes();
    LOG.info(
        () ->
            "Portcullis schema at version %s, ready after %d ms"
                .formatted(schemaVersion, (System.nanoTime() - started) / 1_000_000));
  }

  private void provisionUnlessAnotherNodeDoes() {
    try {
      bootstrap.provisionOnFirstStart();
    } catch (TenantAlreadyExistsException anotherNodeFirst) {
      // Our insert of tenant system waited for another node's and failed when that one committed:
      // it provisioned everything in that one transaction, and ours rolled back.
      LOG.info("Another node provisioned the empty database first");
    }
  }

  /** The schema version the migrations reached, once they ran; null before. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Whether the migrations ran and the database answers now. */
  public boolean isReady() {
    if (schemaVersion == null) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
