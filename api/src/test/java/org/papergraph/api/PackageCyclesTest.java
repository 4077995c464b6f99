package org.papergraph.api;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No package of core, ingest or api depends on itself through other packages: each package,
 * a module's root package included, is a slice of its own.
 *
 * <p>It lives in api because only api sees the three modules; between modules Maven already
 * forbids a cycle, so one rule over them all checks each module's packages.
 */
class PackageCyclesTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.papergraph.core", "org.papergraph.ingest", "org.papergraph.api");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(main);
  }

  @Test
  void everyModuleIsImported() {
    // A rule over no classes passes; make sure the three modules are really there.
    for (String module : new String[] {"core", "ingest", "api"}) {
      assertThat(main.containPackage("org.papergraph." + module)).as("classes of org.papergraph.%s imported", module).isTrue();
    }
  }

  private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return SliceIdentifier.of(javaClass.getPackageName());
    }

    @Override
    public String getDescription() {
      return "packages of org.papergraph";
    }
  };
}
