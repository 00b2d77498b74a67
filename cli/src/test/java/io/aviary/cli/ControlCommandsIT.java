package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed guide's manual steps and the canary controls as commands, against {@code aviary run} on
 * {@code examples/next-canary/} (its WorkloadEntries pointed at stubs), found through the state directory.
 */
class ControlCommandsIT {

  @TempDir Path folder;
  private RunningExample example;
  private String state;

  @BeforeEach
  void start() throws Exception {
    example = new RunningExample(folder, true);
    state = example.stateDir;
  }

  @AfterEach
  void stop() {
    example.close();
  }

  @Test
  void statusShowsTheCanaryAsJsonWithTheFieldsScriptsNeed() {
    CliRun run = CliRun.of("status", "--state-dir", state, "--output", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"namespace\" : \"default\"", "\"name\" : \"next\"", "\"phase\" : ",
        "\"canaryWeight\" : ", "\"failedChecks\" : 0", "\"iterations\" : ", "\"lastTransitionTime\" : ");
  }

  @Test
  void statusWithEventsShowsEveryDecision() {
    CliRun run = CliRun.of("status", "next", "--state-dir", state, "--events");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("default/next", "Initialized", "all traffic to stable subset v1");
  }

  @Test
  void pauseAndResumeAreRecordedInTheStatus() {
    assertThat(CliRun.of("pause", "next", "--state-dir", state).exitCode()).isZero();
    await().atMost(Duration.ofSeconds(5)).until(() -> CliRun.of("status", "--state-dir", state).out()
        .contains("(paused)"));

    assertThat(CliRun.of("resume", "next", "--state-dir", state).exitCode()).isZero();
  }

  @Test
  void rollbackSendsEverythingToStableAtOnce() {
    await().atMost(Duration.ofSeconds(10)).until(() -> CliRun.of("status", "--state-dir", state, "-o", "json").out()
        .contains("\"phase\" : \"Progressing\""));
    CliRun run = CliRun.of("rollback", "next", "--state-dir", state);

    assertThat(run.exitCode()).as(run.err()).isZero();
    await().atMost(Duration.ofSeconds(5)).until(() -> CliRun.of("status", "--state-dir", state, "-o", "json").out()
        .contains("\"phase\" : \"Failed\""));
    for (int i = 0; i < 20; i++) {
      assertThat(get()).isEqualTo("v1");
    }
  }

  @Test
  void setWeightRefusesAVirtualServiceACanaryRoutes() {
    CliRun run = CliRun.of("set-weight", "next-virtual-service", "v1=50", "v2=50", "--state-dir", state);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("routed by Canary default/next");
  }

  @Test
  void commandsSayWhenNoAviaryRunsThere() {
    CliRun run = CliRun.of("status", "--state-dir", folder.resolve("nothing").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no running aviary found");
  }

  @Test
  void changesNeedTheToken() throws Exception {
    var instance = new io.aviary.embedded.state.StateDirectory(Path.of(state)).instance().orElseThrow();
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://%s:%d/canaries/default/next/promote".formatted(instance.adminHost(), instance.adminPort())))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  private String get() {
    return example.get();
  }
}
