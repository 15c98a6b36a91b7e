package org.portcullis.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Module web holds boundaries only. */
class BoundaryArchitectureTest {

  private static final JavaClasses WEB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.portcullis.web");

  @Test
  void webNeverDependsOnTheConsole() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.portcullis.console..")
        .check(WEB);
  }

  @Test
  void resourcesAreRequestScopedCdiBeans() {
    // In the EAR, a resource that is not a CDI bean gets null EJB references (stack notes §7).
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(RequestScoped.class)
        .check(WEB);
  }

  @Test
  void boundariesDelegateAndNeverQuery() {
    noClasses().should().dependOnClassesThat().areAssignableTo(EntityManager.class).check(WEB);
  }
}
