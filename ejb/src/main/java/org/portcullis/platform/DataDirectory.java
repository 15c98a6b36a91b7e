package org.portcullis.platform;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * The folder for the platform's local files (the embedded database, a generated master key): {@code
 * PORTCULLIS_DATA_DIR}, by default {@code ./data} relative to the working directory.
 */
public final class DataDirectory {

  /** The MicroProfile Config key; the environment variable is {@code PORTCULLIS_DATA_DIR}. */
  public static final String PROPERTY = "portcullis.data.dir";

  private DataDirectory() {}

  /** The absolute, normalized data folder named by {@code config}. */
  public static Path of(Config config) {
    String dir = config.getOptionalValue(PROPERTY, String.class).orElse("./data");
    return Path.of(dir).toAbsolutePath().normalize();
  }
}
