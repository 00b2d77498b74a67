package io.aviary.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.testkit.SampleManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema, Istio value-rule and Canary checks against every sample the project ships: real-world manifests
 * must not be called invalid.
 */
class SchemaAndCanaryChecksOnSamplesTest {

  private static List<Analyzer> schemaAndCanaryChecks() {
    return Analyzers.all().stream()
        .filter(a -> a.getClass().getPackageName().startsWith("io.aviary.validation.schema")
            || a.getClass().getPackageName().startsWith("io.aviary.validation.canary"))
        .toList();
  }

  /**
   * Flagger's {@code kustomize/*}{@code /kustomization.yaml} files are Kustomize inputs without {@code apiVersion}
   * and {@code kind}; {@code kubectl apply -f} rejects them too, so they are genuinely invalid manifests.
   */
  private static boolean isKustomization(Path file) {
    return file.getFileName().toString().equals("kustomization.yaml");
  }

  @Test
  void noSampleGetsAnErrorExceptKustomizationFiles() {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SampleManifests.root())) {
      files = walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .filter(f -> !isKustomization(f))
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    List<Finding> findings = AnalyzerRun.onFiles(files, schemaAndCanaryChecks());

    assertThat(findings).filteredOn(f -> f.level() == Level.Error).isEmpty();
  }

  @Test
  void kustomizationFilesAreReportedForTheirMissingApiVersionAndKind() {
    Path kustomization = SampleManifests.flagger("kustomize/podinfo/kustomization.yaml");

    List<Finding> findings = AnalyzerRun.onFiles(List.of(kustomization), schemaAndCanaryChecks());

    assertThat(findings).extracting(Finding::code).containsOnly("IST0106");
  }

  @Test
  void seedManifestsGetNoFindingAtAll() {
    Path seed = SampleManifests.root().resolve("seed/manifests");
    ManifestLoader loader = new ManifestLoader("default");
    LoadResult loaded = loader.load(List.of(seed.toString()));
    Validator validator = new Validator(schemaAndCanaryChecks(), List.of());

    long started = System.nanoTime();
    List<Finding> findings = validator.validate(loaded.manifests());
    long firstMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    validator.validate(loaded.manifests());
    long secondMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("validated %d seed manifests: first run %d ms (loads and compiles schemas), then %d ms%n",
        loaded.manifests().size(), firstMillis, secondMillis);

    assertThat(findings).isEmpty();
  }
}
