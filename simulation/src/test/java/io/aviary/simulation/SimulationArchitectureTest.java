package io.aviary.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A simulation's figures depend on its seed only: no wall clock inside the simulated world (the CLI times the whole
 * run) and no random source but the keyed streams, which is what keeps results equal across thread counts.
 */
class SimulationArchitectureTest {

  private final JavaClasses simulation = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.aviary.simulation");

  @Test
  void neverReadsTheClock() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .check(simulation);
  }

  @Test
  void drawsOnlyFromKeyedStreams() {
    noClasses().should().dependOnClassesThat().areAssignableTo(Random.class)
        .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
        .check(simulation);
  }

  @Test
  void touchesNoNetworkOrNetty() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..", "io.netty..").check(simulation);
  }
}
