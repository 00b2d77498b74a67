package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Edits of the watched files under traffic: good ones go live quickly and lose nothing, bad ones never do. */
class EmbeddedGatewayReloadIT {

  private static final int CHANGES = 20;

  @TempDir Path folder;
  private final List<UpstreamStub> stubs = List.of(UpstreamStub.start("v1"), UpstreamStub.start("v2"));
  private final HttpProbe http = new HttpProbe();
  private EmbeddedGatewayHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = EmbeddedGatewayHarness.start(folder, Map.of(
        "base.yaml", Manifests.gateway(80) + "---\n" + Manifests.destinations(stubs),
        "vs.yaml", Manifests.virtualService(100, 0, false)), 80);
  }

  @AfterEach
  void stop() {
    harness.close();
    stubs.forEach(UpstreamStub::close);
  }

  @Test
  void losesNoRequestOverTwentyChangesUnderLoadAndServesTheLastWithinOneSecond() throws Exception {
    try (SteadyLoad load = SteadyLoad.start(4, () -> http.get(harness.port(), "/"))) {
      for (int change = 1; change <= CHANGES; change++) {
        long before = harness.configVersion();
        int v2Weight = (change * 5) % 100;
        harness.replace("vs.yaml", Manifests.virtualService(100 - v2Weight, v2Weight, false));
        await().atMost(Duration.ofSeconds(5)).until(() -> harness.configVersion() > before);
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> load.completed() > 200);
      harness.replace("vs.yaml", Manifests.virtualService(0, 100, false));
      await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
          .until(this::fiftyConsecutiveRequestsReachV2);
      load.stop();
      assertThat(load.failures()).as("requests that failed during the reloads").isEmpty();
      assertThat(load.completed()).isGreaterThan(200);
    }
  }

  @Test
  void rejectsANegativeWeightKeepsServingTheLastGoodConfigAndExplainsWhyInConfigDump() {
    long good = harness.configVersion();
    harness.replace("vs.yaml", Manifests.virtualService(-5, 105, false));
    await().atMost(Duration.ofSeconds(5)).until(() -> lastRejection().isObject());

    JsonNode rejection = lastRejection();
    assertThat(rejection.get("problems").toString())
        .contains("vs.yaml")
        .contains("VirtualService default/next-virtual-service")
        .contains("weight -5");
    assertThat(harness.configVersion()).isEqualTo(good);
    IntStream.range(0, 50).forEach(i -> assertThat(http.get(harness.port(), "/").body()).isEqualTo("v1"));
    assertThat(harness.log()).anyMatch(line -> line.startsWith("config: rejected"));
  }

  private boolean fiftyConsecutiveRequestsReachV2() {
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> response = http.get(harness.port(), "/");
      if (!"v2".equals(response.body())) {
        return false;
      }
    }
    return true;
  }

  private JsonNode lastRejection() {
    String dump = http.get(harness.admin().getPort(), "/config_dump").body();
    return JsonMapper.builder().build().readTree(dump).get("lastRejection");
  }
}
