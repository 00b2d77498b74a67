package io.aviary.controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The state machine is a pure function; these rules keep I/O and the wall clock out of it. */
class ControllerArchitectureTest {

  private final JavaClasses controller = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.aviary.controller");

  @Test
  void touchesNoNetworkFilesOrNetty() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.file..", "java.io..", "io.netty..", "java.util.concurrent..")
        .check(controller);
  }

  @Test
  void neverReadsTheClock() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .check(controller);
  }
}
