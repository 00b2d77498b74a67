package io.aviary.gateway.upstream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class UpstreamArchitectureTest {

  private final JavaClasses upstream = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.aviary.gateway.upstream");

  @Test
  void upstreamLogicTouchesNoNettyAndNoSockets() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.netty..", "java.net..")
        .check(upstream);
  }

  @Test
  void subpackagesDoNotDependOnTheRuntimeGlue() {
    noClasses().that().resideInAPackage("io.aviary.gateway.upstream.(*)..")
        .should().dependOnClassesThat().resideInAPackage("io.aviary.gateway.upstream")
        .check(upstream);
  }
}
