package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload that changes a Gateway's server ports opens and closes listeners without a restart. */
class ListenerReloadIT {

  private static final int ADDED_PORT = 8080;

  @TempDir Path folder;
  private final UpstreamStub v1 = UpstreamStub.start("v1")
      .on("/slow", Behaviour.ok("slow v1").after(Duration.ofMillis(1500)));
  private final List<UpstreamStub> stubs = List.of(v1, UpstreamStub.start("v2"));
  private final HttpProbe http = new HttpProbe();
  private EmbeddedGatewayHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = EmbeddedGatewayHarness.start(folder, Map.of(
        "gateway.yaml", Manifests.gateway(80),
        "destinations.yaml", Manifests.destinations(stubs),
        "vs.yaml", Manifests.virtualService(100, 0, false)), 80, ADDED_PORT);
  }

  @AfterEach
  void stop() {
    harness.close();
    stubs.forEach(UpstreamStub::close);
  }

  @Test
  void bindsAPortAReloadAddsAndLogsItLikeAtStartUp() {
    assertThat(harness.boundPort(ADDED_PORT)).isEmpty();

    harness.replace("gateway.yaml", Manifests.gateway(80, ADDED_PORT));

    int added = await().atMost(Duration.ofSeconds(5)).until(() -> harness.boundPort(ADDED_PORT), bound -> bound.isPresent())
        .orElseThrow();
    assertThat(http.get(added, "/").body()).isEqualTo("v1");
    assertThat(harness.log()).anyMatch(line -> line.equals("listening on 127.0.0.1:" + added
        + " for Gateway default/next-gateway server http-8080 (port 8080, HTTP, hosts [*])"));
    assertThat(http.get(harness.port(), "/").body()).as("port 80 keeps serving").isEqualTo("v1");
  }

  @Test
  void closesTheListenerOfAPortNoLongerServedAndLetsItsRequestInFlightFinish() throws Exception {
    harness.replace("gateway.yaml", Manifests.gateway(80, ADDED_PORT));
    int added = await().atMost(Duration.ofSeconds(5)).until(() -> harness.boundPort(ADDED_PORT), bound -> bound.isPresent())
        .orElseThrow();
    CompletableFuture<HttpResponse<String>> inFlight = http.getAsync(added, "/slow");
    await().atMost(Duration.ofSeconds(5)).until(() -> v1.received().stream().anyMatch(r -> r.uri().equals("/slow")));

    harness.replace("gateway.yaml", Manifests.gateway(80));

    await().atMost(Duration.ofSeconds(5)).until(() -> harness.boundPort(ADDED_PORT).isEmpty());
    assertThatThrownBy(() -> connect(added)).isInstanceOf(ConnectException.class);
    // The reconciler logs after the unbind the wait above saw, so the line may come a moment later.
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(harness.log())
        .anyMatch(line -> line.startsWith("stopped listening on 127.0.0.1:" + added)));
    HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).isEqualTo("slow v1");
    assertThat(http.get(harness.port(), "/").body()).as("port 80 keeps serving").isEqualTo("v1");
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getInputStream();
    }
  }
}
