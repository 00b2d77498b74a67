package io.aviary.embedded.runtime;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.runtime.GatewaySettings;
import io.aviary.model.ResourceId;
import io.aviary.model.registry.Workloads;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code aviary run} in-process on real sockets: the given files in a config folder, Gateway port 80 on a free
 * port, admin on a free loopback port, state in {@code state/}.
 */
final class RuntimeHarness implements AutoCloseable {

  static final ResourceId CANARY = new ResourceId("Canary", "default", "next");

  final List<String> log = new CopyOnWriteArrayList<>();
  private final EmbeddedRuntime runtime;
  private final HttpClient client = HttpClient.newHttpClient();

  private final Path config;

  private RuntimeHarness(Path folder, ControllerSettings controller) throws Exception {
    this.config = folder.resolve("config");
    GatewaySettings gateway = new GatewaySettings(List.of(config.toString()), "default", "127.0.0.1",
        Map.of(80, 0), new InetSocketAddress("127.0.0.1", 0), 1, null, folder.resolve("state/admin-token"),
        Workloads.EMBEDDED_GATEWAY_LABELS, "istio-system", null, ProxyLimits.defaults(), log::add);
    runtime = EmbeddedRuntime.start(gateway, controller);
  }

  static RuntimeHarness start(Path folder, Map<String, String> files) throws Exception {
    return start(folder, files, withoutAdapters(folder));
  }

  /** With the given adapters, e.g. the real Prometheus and webhook ones. */
  static RuntimeHarness start(Path folder, Map<String, String> files, ControllerSettings controller)
      throws Exception {
    Path config = folder.resolve("config");
    Files.createDirectories(config);
    for (var file : files.entrySet()) {
      Files.writeString(config.resolve(file.getKey()), file.getValue());
    }
    return new RuntimeHarness(folder, controller);
  }

  /** Restarts on the same folder: config and state as the previous instance left them. */
  static RuntimeHarness restart(Path folder) throws Exception {
    return new RuntimeHarness(folder, withoutAdapters(folder));
  }

  static ControllerSettings withoutAdapters(Path folder) {
    return new ControllerSettings(folder.resolve("state"),
        resources -> query -> new QueryResult.Failed("no metrics backend in this test"),
        call -> new WebhookResult(call.hook().name(), call.hook().type(), false, "no webhooks in this test"),
        Clock.systemUTC());
  }

  /** Adds or replaces a config file; the runtime picks it up as a user's edit. */
  void write(String name, String yaml) throws Exception {
    Path temporary = config.resolve("." + name + ".tmp");
    Files.writeString(temporary, yaml);
    Files.move(temporary, config.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  java.net.InetSocketAddress adminAddress() {
    return runtime.gateway().adminAddress();
  }

  int port() {
    return runtime.gateway().listeners().getFirst().boundPort();
  }

  Optional<CanaryRecord> canary() {
    return runtime.controllers().driver(CANARY).map(driver -> driver.record());
  }

  String phase() {
    return canary().map(record -> record.status().phase().wireName()).orElse("none");
  }

  int canaryWeight() {
    return canary().map(record -> record.status().canaryWeight()).orElse(-1);
  }

  /** One request through the gateway. */
  HttpResponse<String> get(String userAgent) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/"))
          .header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The version that answered a request ({@code x-version}), or its status when it failed. */
  String version(String userAgent) {
    HttpResponse<String> response = get(userAgent);
    return response.statusCode() == 200 ? response.headers().firstValue("x-version").orElse("?")
        : Integer.toString(response.statusCode());
  }

  EmbeddedRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
