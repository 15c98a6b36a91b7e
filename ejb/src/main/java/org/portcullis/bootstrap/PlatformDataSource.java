package org.portcullis.bootstrap;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.portcullis.platform.DataDirectory;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The platform's database, chosen by configuration when the container's pool first asks for a
 * connection: {@code PORTCULLIS_DB_URL} ({@code jdbc:postgresql:...}) with {@code
 * PORTCULLIS_DB_USER} and {@code PORTCULLIS_DB_PASSWORD}, or by default an embedded H2 file
 * database in the data folder. The container pools and enlists it; this class only picks the
 * driver's own {@code DataSource}.
 */
public class PlatformDataSource implements DataSource {

  static final String URL = "portcullis.db.url";
  static final String USER = "portcullis.db.user";
  static final String PASSWORD = "portcullis.db.password";

  private volatile DataSource delegate;

  private DataSource delegate() {
    DataSource ds = delegate;
    if (ds == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create(ConfigProvider.getConfig(PlatformDataSource.class.getClassLoader()));
        }
        ds = delegate;
      }
    }
    return ds;
  }

  static DataSource create(Config config) {
    String url = config.getOptionalValue(URL, String.class).orElseGet(() -> embeddedUrl(config));
    String user = config.getOptionalValue(USER, String.class).orElse("");
    String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      return pg;
    }
    throw new IllegalStateException(
        "PORTCULLIS_DB_URL must start with jdbc:postgresql: or jdbc:h2:");
  }

  /** H2 in the data folder; H2 is closed by the platform, not by a JVM shutdown hook. */
  static String embeddedUrl(Config config) {
    return "jdbc:h2:file:"
        + DataDirectory.of(config).resolve("portcullis")
        + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger(PlatformDataSource.class.getPackageName());
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
