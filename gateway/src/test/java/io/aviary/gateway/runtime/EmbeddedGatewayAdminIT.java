package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.UpstreamStub;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin server of a running gateway: what it reads out openly and what it guards with the token. */
class EmbeddedGatewayAdminIT {

  @TempDir Path folder;
  private final List<UpstreamStub> stubs = List.of(UpstreamStub.start("v1"), UpstreamStub.start("v2"));
  private final HttpProbe http = new HttpProbe();
  private EmbeddedGatewayHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = EmbeddedGatewayHarness.start(folder, Map.of(
        "base.yaml", Manifests.gateway(80) + "---\n" + Manifests.destinations(stubs),
        "vs.yaml", Manifests.virtualService(50, 50, false)), 80);
  }

  @AfterEach
  void stop() {
    harness.close();
    stubs.forEach(UpstreamStub::close);
  }

  @Test
  void reportsReadyOnceListening() {
    HttpResponse<String> ready = http.get(harness.admin().getPort(), "/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("LIVE\n");
  }

  @Test
  void exposesIstioSeriesForBothReportersInPrometheusTextFormatAfterTraffic() {
    for (int i = 0; i < 20; i++) {
      assertThat(http.get(harness.port(), "/").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> scrape = http.get(harness.admin().getPort(), "/stats/prometheus");
    assertThat(scrape.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    for (String reporter : List.of("source", "destination")) {
      assertThat(scrape.body().lines())
          .as("istio_requests_total reported by %s", reporter)
          .anyMatch(line -> line.startsWith("istio_requests_total{") && line.contains("reporter=\"" + reporter + "\"")
              && line.contains("destination_workload=\"next-v1\"") && line.contains("response_code=\"200\""));
      assertThat(scrape.body().lines())
          .anyMatch(line -> line.startsWith("istio_request_duration_milliseconds_bucket{")
              && line.contains("reporter=\"" + reporter + "\"") && line.contains("le=\"0.5\""));
    }
  }

  @Test
  void refusesToReloadWithoutTheBearerTokenAndReloadsWithIt() {
    int admin = harness.admin().getPort();
    assertThat(http.post(admin, "/reload", Map.of()).statusCode()).isEqualTo(401);
    assertThat(http.post(admin, "/reload", Map.of("Authorization", "Bearer not-the-token")).statusCode())
        .isEqualTo(401);
    long before = harness.configVersion();

    HttpResponse<String> reload = http.post(admin, "/reload", Map.of("Authorization", "Bearer " + harness.token()));

    assertThat(reload.statusCode()).isEqualTo(200);
    assertThat(reload.body()).startsWith("live as version ");
    assertThat(harness.configVersion()).isGreaterThanOrEqualTo(before);
  }

  @Test
  void answersAForcedReloadOfABrokenFileWith422AndItsProblems() {
    harness.replace("vs.yaml", Manifests.virtualService(-5, 105, false));

    HttpResponse<String> reload = http.post(
        harness.admin().getPort(), "/reload", Map.of("Authorization", "Bearer " + harness.token()));

    assertThat(reload.statusCode()).isEqualTo(422);
    assertThat(reload.body()).contains("VirtualService default/next-virtual-service").contains("weight -5");
  }

  @Test
  void writesTheGeneratedTokenToAFileOnlyItsOwnerCanRead() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(harness.tokenFile())))
        .isEqualTo("rw-------");
    assertThat(harness.token()).hasSize(64);
  }

  @Test
  void listensForAdminRequestsOnLoopbackOnly() {
    assertThat(harness.admin().getAddress().isLoopbackAddress()).isTrue();
    assertThat(harness.admin().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
  }

  @Test
  void answersReadsWithoutAToken() {
    assertThat(http.get(harness.admin().getPort(), "/config_dump").statusCode()).isEqualTo(200);
    assertThat(http.get(harness.admin().getPort(), "/reload").statusCode()).isEqualTo(405);
  }
}
