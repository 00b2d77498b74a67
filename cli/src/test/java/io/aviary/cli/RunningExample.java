package io.aviary.cli;

import static org.awaitility.Awaitility.await;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.embedded.runtime.ControllerSettings;
import io.aviary.embedded.runtime.EmbeddedRuntime;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.runtime.GatewaySettings;
import io.aviary.model.registry.Workloads;
import io.aviary.testkit.UpstreamStub;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code aviary run} in-process on {@code examples/next-canary/} as shipped, with its WorkloadEntries pointed at
 * two stubs (v1, v2) and its Canary ticking every second, or without the Canary for the manual steps.
 */
final class RunningExample implements AutoCloseable {

  private static final Path EXAMPLE = Path.of("..", "examples", "next-canary").toAbsolutePath().normalize();

  final UpstreamStub v1 = UpstreamStub.start("v1");
  final UpstreamStub v2 = UpstreamStub.start("v2");
  final String stateDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final EmbeddedRuntime runtime;

  RunningExample(Path folder, boolean withCanary) throws Exception {
    Path config = Files.createDirectories(folder.resolve("config"));
    Files.copy(EXAMPLE.resolve("seed.yaml"), config.resolve("seed.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(config.resolve("workload-entries.yaml"), Files.readString(
        EXAMPLE.resolve("workload-entries.yaml"))
        .replace("http: 9081", "http: " + v1.port()).replace("http: 9082", "http: " + v2.port()));
    if (withCanary) {
      Files.writeString(config.resolve("canary.yaml"),
          edit(Files.readString(EXAMPLE.resolve("canary.yaml")), "interval: 10s", "interval: 1s"));
    }
    stateDir = folder.resolve("state").toString();
    runtime = EmbeddedRuntime.start(
        new GatewaySettings(List.of(config.toString()), "default", "127.0.0.1", Map.of(80, 0),
            new InetSocketAddress("127.0.0.1", 0), 1, null, folder.resolve("state/admin-token"),
            Workloads.EMBEDDED_GATEWAY_LABELS, "istio-system", null, ProxyLimits.defaults(), line -> { }),
        new ControllerSettings(folder.resolve("state"), resources -> query -> new QueryResult.NoData(),
            call -> new WebhookResult(call.hook().name(), call.hook().type(), true, "200"), Clock.systemUTC()));
    if (withCanary) {
      await().atMost(Duration.ofSeconds(10)).until(() -> runtime.controllers().drivers().stream()
          .anyMatch(driver -> driver.record() != null));
    }
  }

  /** {@code yaml} with {@code from} replaced; fails when the example no longer says {@code from}. */
  static String edit(String yaml, String from, String to) {
    if (!yaml.contains(from)) {
      throw new IllegalStateException("the example no longer contains: " + from);
    }
    return yaml.replace(from, to);
  }

  /** One request through the gateway; the answering stub's name. */
  String get() {
    try {
      int port = runtime.gateway().listeners().getFirst().boundPort();
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    runtime.close();
    v1.close();
    v2.close();
  }
}
