package io.aviary.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Routing stays pure so the CLI and the gateway share it: no Netty, no network, no files, no console. */
@AnalyzeClasses(packages = "io.aviary.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class RoutingArchitectureTest {

  @ArchTest
  static final ArchRule routingTouchesNoNettyNetworkOrFiles = noClasses()
      .that().resideInAPackage("io.aviary.routing..")
      .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "java.net..", "java.nio.file..");

  @ArchTest
  static final ArchRule routingNeverPrintsToTheConsole = noClasses()
      .that().resideInAPackage("io.aviary.routing..")
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err");
}
