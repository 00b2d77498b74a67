package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.UpstreamStub;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed guide's canary through the whole runtime: files in, requests over real sockets, WorkloadEntries out. */
class EmbeddedGatewaySplitIT {

  private static final int REQUESTS = 2000;

  @TempDir Path folder;
  private final List<UpstreamStub> stubs =
      List.of(UpstreamStub.start("v1"), UpstreamStub.start("v1-b"), UpstreamStub.start("v2"));
  private final HttpProbe http = new HttpProbe();
  private EmbeddedGatewayHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = EmbeddedGatewayHarness.start(folder, Map.of(
        "base.yaml", Manifests.gateway(80) + "---\n" + Manifests.destinations(stubs),
        "vs.yaml", Manifests.virtualService(90, 10, true)), 80);
  }

  @AfterEach
  void stop() {
    harness.close();
    stubs.forEach(UpstreamStub::close);
  }

  @Test
  void sendsAboutOneRequestInTenToV2AndTheRestToBothV1Endpoints() {
    Map<String, Integer> byStub = new TreeMap<>();
    for (int i = 0; i < REQUESTS; i++) {
      HttpResponse<String> response = http.get(harness.port(), "/", Map.of("User-Agent", "curl/8"));
      assertThat(response.statusCode()).isEqualTo(200);
      byStub.merge(response.body(), 1, Integer::sum);
    }
    assertThat(byStub).containsOnlyKeys("v1", "v1-b", "v2");
    assertThat(byStub.get("v2") / (double) REQUESTS).as("v2 share of %s", byStub).isBetween(0.075, 0.125);
    assertThat(byStub.get("v1")).as("both v1 endpoints share v1's traffic: %s", byStub).isGreaterThan(600);
    assertThat(byStub.get("v1-b")).as("both v1 endpoints share v1's traffic: %s", byStub).isGreaterThan(600);
  }

  @Test
  void sendsEveryChromeUserToV2() {
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> response = http.get(harness.port(), "/", Map.of("User-Agent", "Mozilla/5.0 Chrome/131.0"));
      assertThat(response.body()).isEqualTo("v2");
    }
  }

  @Test
  void routesAnyHostBecauseTheVirtualServiceMatchesStar() {
    assertThat(http.get(harness.port(), "/", Map.of("Host", "anything.example")).statusCode()).isEqualTo(200);
  }
}
