package io.aviary.gateway.runtime;

import static io.aviary.gateway.runtime.GatewayHarness.gatewayAndRoutes;
import static io.aviary.gateway.runtime.GatewayHarness.workloadEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --access-log FILE}: one line per request in Istio's default text format. */
class AccessLogIT {

  private final UpstreamStub v1 = UpstreamStub.start("v1");

  @AfterEach
  void stop() {
    v1.close();
  }

  private String config() {
    return gatewayAndRoutes("- name: primary\n  route: [{destination: {host: app}}]")
        + workloadEntry("app-1", v1.port(), "v1");
  }

  @Test
  void oneRequestWritesOneLineWithMethodPathStatusFlagsAndUpstreamHost() throws Exception {
    Path log = Files.createTempDirectory("aviary-log").resolve("access.log");
    try (var gateway = new GatewayHarness(config(), settings -> withAccessLog(settings, log.toString()))) {
      assertThat(gateway.get("/orders?id=7").statusCode()).isEqualTo(200);

      await().until(() -> Files.exists(log) && !Files.readAllLines(log).isEmpty());
      List<String> lines = Files.readAllLines(log);
      assertThat(lines).hasSize(1);
      assertThat(lines.getFirst())
          .contains("\"GET /orders?id=7 HTTP/1.1\" 200 - via_upstream ")
          .contains("\"127.0.0.1:" + v1.port() + "\"")
          .contains("outbound|80||app.default.svc.cluster.local")
          .contains("\"app.example.com\"")
          .endsWith(" primary");
    }
  }

  @Test
  void aLocalReplyIsLoggedWithItsResponseFlag() throws Exception {
    Path log = Files.createTempDirectory("aviary-log").resolve("access.log");
    try (var gateway = new GatewayHarness(config(), settings -> withAccessLog(settings, log.toString()))) {
      assertThat(gateway.get("/", "Host", "unknown.example.com").statusCode()).isEqualTo(404);

      await().until(() -> Files.exists(log) && !Files.readAllLines(log).isEmpty());
      assertThat(Files.readAllLines(log).getFirst()).contains("\"GET / HTTP/1.1\" 404 NR ");
    }
  }

  @Test
  void withoutTheOptionNoAccessLogIsWritten() throws Exception {
    try (var gateway = new GatewayHarness(config())) {
      gateway.get("/");

      try (var files = Files.list(gateway.folder())) {
        assertThat(files.map(path -> path.getFileName().toString())).doesNotContain("access.log");
      }
    }
  }

  private static GatewaySettings withAccessLog(GatewaySettings s, String file) {
    return new GatewaySettings(s.paths(), s.defaultNamespace(), s.bindAddress(), s.portMap(), s.admin(),
        s.ioThreads(), s.adminTokenFile(), s.generatedTokenFile(), s.gatewayLabels(), s.gatewayNamespace(), file,
        s.limits(), s.log());
  }
}
