package io.aviary.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The judge is pure statistics: no I/O, no clock, no threads, and nothing of Aviary's other modules. */
class AnalysisArchitectureTest {

  private final JavaClasses analysis = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.aviary.analysis");

  @Test
  void touchesNoNetworkFilesThreadsOrNetty() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio..", "java.io..", "io.netty..", "java.util.concurrent..")
        .check(analysis);
  }

  @Test
  void neverReadsTheClockOrRandomness() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.util.random..")
        .check(analysis);
  }

  @Test
  void dependsOnlyOnTheJdkAndJSpecify() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.aviary.analysis..", "java.lang..", "java.util..", "java.time..", "org.jspecify..")
        .check(analysis);
  }
}
