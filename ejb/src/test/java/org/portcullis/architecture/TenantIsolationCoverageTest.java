package org.portcullis.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.junit.jupiter.api.Test;
import org.portcullis.tenant.TenantIsolation;

/**
 * Every JPA entity is either platform data (named here, on purpose) or tenant-owned, and then
 * covered by the one isolation mechanism: single-table multitenancy on TENANT_ID, a table whose
 * TENANT_ID is NOT NULL and references the tenant, and a listing in persistence.xml.
 */
class TenantIsolationCoverageTest {

  /**
   * Entities that belong to the platform, not to a tenant. Adding one is a design decision: {@code
   * TenantTask} names a tenant in each row but must be found across tenants by a timer (its rows
   * say only when a feature's work for a tenant is due, never what the tenant owns). {@code
   * MetadataBlob} is the FIDO Metadata Service's public data, the same for every tenant.
   */
  private static final Set<String> PLATFORM_ENTITIES =
      Set.of(
          "org.portcullis.tenant.Tenant",
          "org.portcullis.tenant.TenantTask",
          "org.portcullis.webauthn.MetadataBlob");

  private static final Set<JavaClass> ENTITIES =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.portcullis")
              .stream()
              .filter(c -> c.isAnnotatedWith(Entity.class))
              .collect(Collectors.toSet());

  @Test
  void everyTenantOwnedEntityIsSingleTableMultitenantOnTenantId() {
    assertFalse(ENTITIES.isEmpty());
    for (JavaClass entity : tenantOwned()) {
      Class<?> type = entity.reflect();
      Multitenant multitenant = type.getAnnotation(Multitenant.class);
      assertNotNull(multitenant, entity.getName() + " is not @Multitenant");
      assertEquals(MultitenantType.SINGLE_TABLE, multitenant.value(), entity.getName());
      TenantDiscriminatorColumn column = type.getAnnotation(TenantDiscriminatorColumn.class);
      assertNotNull(column, entity.getName() + " has no @TenantDiscriminatorColumn");
      assertEquals(TenantIsolation.TENANT_COLUMN, column.name(), entity.getName());
      assertEquals(TenantIsolation.TENANT_PROPERTY, column.contextProperty(), entity.getName());
    }
  }

  @Test
  void everyTenantOwnedTableHasANotNullTenantIdThatReferencesTheTenant() {
    Map<String, String> tables = createTableStatements();
    for (JavaClass entity : tenantOwned()) {
      String table = entity.reflect().getAnnotation(Table.class).name().toLowerCase();
      String ddl = tables.get(table);
      assertNotNull(ddl, "no migration creates table " + table);
      assertTrue(
          Pattern.compile("\\btenant_id\\s+varchar\\(63\\)\\s+not null").matcher(ddl).find(),
          table + ": tenant_id must be NOT NULL");
      assertTrue(
          Pattern.compile(
                  "foreign key \\(tenant_id\\) references tenant \\(id\\) on delete cascade")
              .matcher(ddl)
              .find(),
          table + ": tenant_id must reference tenant(id) with ON DELETE CASCADE");
    }
  }

  @Test
  void everyEntityIsListedInThePersistenceUnit() throws IOException {
    String persistenceXml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      persistenceXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (JavaClass entity : ENTITIES) {
      assertTrue(
          persistenceXml.contains("<class>" + entity.getName() + "</class>"),
          entity.getName() + " is missing from persistence.xml");
    }
    assertFalse(
        persistenceXml.contains("name=\"eclipselink.multitenant.tenants-share-cache\""),
        "a shared multitenant cache leaks across tenants (stack notes §5)");
  }

  private static Set<JavaClass> tenantOwned() {
    return ENTITIES.stream()
        .filter(c -> !PLATFORM_ENTITIES.contains(c.getName()))
        .collect(
            Collectors.toCollection(
                () -> new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()))));
  }

  /** CREATE TABLE statements of all migrations, lower case, by table name. */
  private static Map<String, String> createTableStatements() {
    String sql = migrations();
    Matcher m = Pattern.compile("create table (\\w+) \\((.*?)\\);", Pattern.DOTALL).matcher(sql);
    Map<String, String> tables = new java.util.HashMap<>();
    while (m.find()) {
      tables.put(m.group(1), m.group(2).replaceAll("\\s+", " "));
    }
    return tables;
  }

  private static String migrations() {
    URL location =
        TenantIsolationCoverageTest.class.getResource("/db/migration/V1__foundation.sql");
    assertNotNull(location, "migrations are on the class path");
    try {
      Path folder;
      if ("jar".equals(location.getProtocol())) {
        var fs = FileSystems.newFileSystem(location.toURI(), Map.of());
        folder = fs.getPath("/db/migration");
      } else {
        folder = Path.of(location.toURI()).getParent();
      }
      try (Stream<Path> files = Files.list(folder)) {
        return files
            .filter(p -> p.getFileName().toString().endsWith(".sql"))
            .sorted()
            .map(TenantIsolationCoverageTest::read)
            .collect(Collectors.joining("\n"))
            .toLowerCase()
            .replaceAll("--[^\n]*", "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
