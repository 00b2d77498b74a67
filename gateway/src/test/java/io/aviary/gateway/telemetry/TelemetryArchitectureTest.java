package io.aviary.gateway.telemetry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** Telemetry is plain Java the proxy calls into; keeping Netty out keeps it testable without sockets. */
class TelemetryArchitectureTest {

  private final JavaClasses telemetry = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.aviary.gateway.telemetry");

  @Test
  void touchesNoNetty() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.netty..").check(telemetry);
  }

  @Test
  void subPackagesDoNotDependOnEachOther() {
    SlicesRuleDefinition.slices()
        .matching("io.aviary.gateway.telemetry.(*)..")
        .should()
        .notDependOnEachOther()
        .check(telemetry);
  }
}
