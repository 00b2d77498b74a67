package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.SampleManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @Test
  void seedStepValidatesWithExitZero() {
    CliRun run = CliRun.of("validate",
        SampleManifests.seed("next-service.yaml").toString(),
        SampleManifests.seed("next-gateway.yaml").toString(),
        SampleManifests.seed("next-destination-rule.yaml").toString(),
        SampleManifests.seed("next-virtual-service-90-10.yaml").toString(),
        SampleManifests.seed("next-deployment-v1.yaml").toString(),
        SampleManifests.seed("next-deployment-v2.yaml").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("No validation issues found");
  }

  @Test
  void missingFileExitsTwoNamingTheFile() {
    CliRun run = CliRun.of("validate", "/no/such/file.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("/no/such/file.yaml");
  }

  @Test
  void malformedYamlExitsTwoNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n spec:\n   hosts: [a\n");
    CliRun run = CliRun.of("validate", broken.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(broken + ":5:");
  }

  @Test
  void jsonOutputIsAnArrayOfFindingsWithLocation(@TempDir Path dir) throws Exception {
    Path unknown = dir.resolve("widget.yaml");
    Files.writeString(unknown, "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
    CliRun run = CliRun.of("validate", "--output", "json", unknown.toString());
    List<Map<String, Object>> findings =
        JsonMapper.builder().build().readValue(run.out(), new TypeReference<List<Map<String, Object>>>() {});
    assertThat(run.exitCode()).isZero();
    assertThat(findings).allSatisfy(f -> assertThat(f).containsKeys(
        "code", "level", "kind", "namespace", "name", "file", "line", "message"));
  }
}
