package io.aviary.embedded.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.demoapp.DemoApp;
import io.aviary.demoapp.DemoAppSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole rollouts through {@code aviary run} in-process with demo-app backends: real requests, real telemetry, real
 * weight changes.
 */
class EmbeddedCanaryIT {

  @TempDir Path folder;
  private DemoApp v1;
  private DemoApp v2;
  private RuntimeHarness harness;

  private void startVersions(DemoAppSettings canary) throws Exception {
    v1 = DemoApp.start(DemoAppSettings.of("v1").withPort(0));
    v2 = DemoApp.start(canary.withPort(0));
  }

  @AfterEach
  void stop() {
    if (harness != null) {
      harness.log.forEach(System.out::println);
      harness.close();
    }
    if (v1 != null) {
      v1.close();
      v2.close();
    }
  }

  @Test
  void promotesAHealthyCanaryAndThenSendsEveryRequestToIt() throws Exception {
    startVersions(DemoAppSettings.of("v2"));
    harness = RuntimeHarness.start(folder, Map.of(
        "app.yaml", CanaryFixture.resources(v1, v2), "canary.yaml", CanaryFixture.canary(2)));

    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(40)).until(() -> harness.phase().equals("Succeeded"));
      assertThat(traffic.count("v2")).as("the canary served during the analysis").isPositive();
    }
    for (int i = 0; i < 20; i++) {
      assertThat(harness.version("curl/8")).isEqualTo("v2");
    }
    assertThat(harness.version("Mozilla/5.0 Chrome/131")).as("the user's header rule is untouched").isEqualTo("v2");
    assertThat(harness.log).anyMatch(line -> line.contains("canary default/next") && line.contains("Succeeded"));
  }

  @Test
  void rollsBackAFailingCanaryAndSendsEveryRequestBackToStable() throws Exception {
    startVersions(DemoAppSettings.of("v2").withErrorRate(0.5).withSeed(7));
    harness = RuntimeHarness.start(folder, Map.of(
        "app.yaml", CanaryFixture.resources(v1, v2), "canary.yaml", CanaryFixture.canary(2)));

    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(40)).until(() -> harness.phase().equals("Failed"));
      assertThat(traffic.count("500")).as("the canary got traffic and failed it").isPositive();
    }
    assertThat(harness.canaryWeight()).isZero();
    for (int i = 0; i < 20; i++) {
      assertThat(harness.version("curl/8")).isEqualTo("v1");
    }
    assertThat(harness.canary().orElseThrow().status().failedChecks()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void rollsBackASlowCanary() throws Exception {
    startVersions(DemoAppSettings.of("v2").withLatency(Duration.ofMillis(700)));
    harness = RuntimeHarness.start(folder, Map.of(
        "app.yaml", CanaryFixture.resources(v1, v2), "canary.yaml", CanaryFixture.canary(2)));

    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(40)).until(() -> harness.phase().equals("Failed"));
    }
    assertThat(harness.canary().orElseThrow().status().events())
        .anyMatch(event -> event.message().contains("request-duration") && event.message().contains("> max 500"));
    assertThat(harness.version("curl/8")).isEqualTo("v1");
  }

  @Test
  void theSequentialJudgeRollsBackAFailingCanaryWithinTheFirstStep() throws Exception {
    startVersions(DemoAppSettings.of("v2").withErrorRate(0.3).withSeed(5));
    String judged = CanaryFixture.canary(5).replace("interval: 1s", "interval: 60s")
        .replace("  analysis:\n", "  analysis:\n    judge: {type: sequential}\n");
    assertThat(judged).contains("judge: {type: sequential}");
    harness = RuntimeHarness.start(folder, Map.of("app.yaml", CanaryFixture.resources(v1, v2), "canary.yaml", judged));

    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(45)).until(() -> harness.phase().equals("Failed"));
    }
    var events = harness.canary().orElseThrow().status().events();
    assertThat(events).anyMatch(event -> event.reason().equals("JudgeRejected")
        && event.message().contains("canary 5xx rate"));
    assertThat(events).noneMatch(event -> event.reason().equals("CheckFailed"));
    assertThat(harness.version("curl/8")).isEqualTo("v1");
  }

  @Test
  void resumesAfterARestartAtTheSavedPhaseAndWeightAndRoutesByItFromTheFirstRequest() throws Exception {
    startVersions(DemoAppSettings.of("v2"));
    harness = RuntimeHarness.start(folder, Map.of(
        "app.yaml", CanaryFixture.resources(v1, v2), "canary.yaml", CanaryFixture.canary(2)
            .replace("stepWeights: [10, 50]", "stepWeights: [50]").replace("interval: 1s", "interval: 2s")));
    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> harness.canaryWeight() == 50);
    }
    var saved = harness.canary().orElseThrow();
    harness.close();
    harness = null;

    harness = RuntimeHarness.restart(folder);
    int answers = 0;
    for (int i = 0; i < 200; i++) {
      answers += harness.get("curl/8").headers().firstValue("x-version").orElse("").equals("v2") ? 1 : 0;
    }
    assertThat(answers).as("requests to v2 right after the restart").isBetween(60, 140);
    assertThat(harness.canary()).hasValueSatisfying(record -> {
      assertThat(record.status().phase()).isEqualTo(saved.status().phase());
      assertThat(record.status().failedChecks()).isEqualTo(saved.status().failedChecks());
    });
  }
}
