package org.portcullis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.portcullis.tenant.TenantIsolated;

/** The dependency rules of the house style, kept by the build. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.portcullis");

  @Test
  void coreKnowsNoHttpAndNoFaces() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..")
        .check(CORE);
  }

  @Test
  void featuresDoNotDependOnEachOtherInCycles() {
    slices().matching("org.portcullis.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void everyBeanThatUsesTheEntityManagerOutsideTenantIsTenantIsolated() {
    classes()
        .that()
        .resideOutsideOfPackages("org.portcullis.tenant..")
        .and()
        .containAnyFieldsThat(
            com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                PersistenceContext.class))
        .should()
        .beAnnotatedWith(TenantIsolated.class)
        .because("tenant-owned data is reached only with the tenant filter set (architecture.md)")
        .check(CORE);
  }

  @Test
  void nativeQueriesOnlyInsideTenant() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.portcullis.tenant..")
        .should()
        .callMethod(EntityManager.class, "createNativeQuery", String.class)
        .orShould()
        .callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
        .orShould()
        .callMethod(EntityManager.class, "createNativeQuery", String.class, String.class)
        .because("native SQL bypasses tenant isolation (stack notes §5)")
        .check(CORE);
  }
}
