/**
 * Start-up of the platform: the database connection ({@link
 * org.portcullis.bootstrap.PlatformDataSource}), the schema migrations, run before anything serves
 * ({@link org.portcullis.bootstrap.PlatformStartup}), and the first-start provisioning of tenant
 * {@code system} and its admins from the bootstrap variables ({@link
 * org.portcullis.bootstrap.BootstrapProvisioning}). Owns no entities.
 */
package org.portcullis.bootstrap;
