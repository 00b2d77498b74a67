package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.simulation.SimulatedCanary;
import io.aviary.validation.Level;
import io.aviary.validation.Validator;
import io.aviary.validation.schema.CrdSchemaValidator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulateCommandTest {

  private static final List<String> FIELDS = List.of("policy", "scenario", "runs", "rollbacks", "rollbackRate",
      "rollbackRateCI", "promotedBad", "medianDetectSeconds", "p90DetectSeconds", "medianDetectCanaryRequests",
      "p90DetectCanaryRequests", "badRequestsServed", "medianPromotionSeconds");

  @Test
  void printsOneJsonResultPerPolicyAndScenarioWithExactlyTheDocumentedFields() {
    CliRun run = CliRun.of("simulate", "--runs", "20", "--seed", "11", "--scenario", "H1", "--scenario", "E3",
        "--output", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode results = JsonMapper.builder().build().readTree(run.out()).get("results");
    assertThat(results).hasSize(6);
    for (JsonNode result : results) {
      assertThat(result.propertyNames()).containsExactlyElementsOf(FIELDS);
      assertThat(result.get("runs").asInt()).isEqualTo(20);
      assertThat(result.get("rollbackRateCI")).hasSize(2);
    }
    JsonNode healthy = results.get(0);
    assertThat(healthy.get("policy").asString()).isEqualTo("aviary");
    assertThat(healthy.get("scenario").asString()).isEqualTo("H1");
    assertThat(healthy.get("promotedBad").isNull()).isTrue();
    assertThat(healthy.get("medianDetectSeconds").isNull()).isTrue();
    JsonNode regression = results.get(3);
    assertThat(regression.get("scenario").asString()).isEqualTo("E3");
    assertThat(regression.get("rollbacks").asInt()).isEqualTo(20);
    assertThat(regression.get("medianDetectCanaryRequests").isNumber()).isTrue();
  }

  @Test
  void printsAReadableTable() {
    CliRun run = CliRun.of("simulate", "--runs", "10", "--scenario", "E3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Canary default/simulated (the default): interval 10s, weights 10 to 50, threshold 5")
        .contains("scenario", "rollbacks", "95% CI", "E3: +5 pp 5xx", "aviary", "flagger", "kayenta",
        "10 runs per scenario and policy, seed 1");
  }

  @Test
  void namesTheKnownScenariosForAnUnknownOne() {
    CliRun run = CliRun.of("simulate", "--runs", "1", "--scenario", "X9");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--scenario X9 (expected: one of H1, H2");
  }

  @Test
  void explainsWhyACanaryCannotBeSimulated() {
    CliRun run = CliRun.of("simulate", "--runs", "1", "../examples/next/app.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("cannot simulate ../examples/next/app.yaml", "Canary resources of aviary.io/v1alpha1");
  }

  @Test
  void refusesFieldsTheAviaryCrdDoesNotKnowInsteadOfIgnoringThem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, """
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: c}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: vs}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v2}
          analysis: {interval: 10s, threshold: 5, stepWeight: 10, stepWieght: 20}
        """);

    CliRun run = CliRun.of("simulate", "--runs", "1", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("spec.analysis.stepWieght: unknown field");
  }

  @Test
  void theDefaultCanaryIsValidAgainstTheAviaryCrd() throws Exception {
    String yaml;
    try (InputStream in = SimulatedCanary.class.getResourceAsStream(SimulatedCanary.DEFAULT_RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    LoadResult loaded = new ManifestLoader("default").loadText(yaml, SimulatedCanary.DEFAULT_RESOURCE);

    assertThat(new Validator(List.of(CrdSchemaValidator.shipped()), List.of()).validate(loaded.manifests()))
        .noneMatch(finding -> finding.level() == Level.Error);
  }

  @Test
  void simulatesTheSeedGuidesCanary() {
    CliRun run = CliRun.of("simulate", "--runs", "5", "--scenario", "H1", "--output", "json",
        "../testkit/src/main/resources/io/aviary/testkit/manifests/aviary/next-canary.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"scenario\" : \"H1\"");
  }
}
