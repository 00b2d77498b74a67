package io.aviary.adapters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Adapters speak HTTP with the JDK's client and know the controller only through its ports and specs. */
class AdaptersArchitectureTest {

  private final JavaClasses adapters = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.aviary.adapters");

  @Test
  void useNeitherNettyNorTheGatewayNorTheStateMachine() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.netty..", "io.aviary.gateway..", "io.aviary.controller.machine..")
        .check(adapters);
  }

  @Test
  void keepThePrometheusAndWebhookAdaptersApart() {
    noClasses().that().resideInAPackage("..adapters.prometheus..")
        .should().dependOnClassesThat().resideInAPackage("..adapters.webhook..")
        .check(adapters);
    noClasses().that().resideInAPackage("..adapters.webhook..")
        .should().dependOnClassesThat().resideInAPackage("..adapters.prometheus..")
        .check(adapters);
  }
}
