package io.aviary.gateway.runtime;

import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.model.registry.Workloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The real runtime ({@link EmbeddedGateway}) on YAML given inline: the manifests are written to a temporary
 * folder, Gateway port 80 is moved to a free port, the admin server listens on a free port too.
 */
final class GatewayHarness implements AutoCloseable {

  /** A Gateway on port 80 for every host and a VirtualService sending {@code app.example.com} to {@code routes}. */
  static String gatewayAndRoutes(String routes) {
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: ["*"]
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: vs, namespace: default}
        spec:
          hosts: ["app.example.com"]
          gateways: [gw]
          http:
        """ + routes.indent(4) + """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: app, namespace: default}
        spec:
          selector: {app: app}
          ports: [{name: http, port: 80, targetPort: 8080}]
        """;
  }

  /** A WorkloadEntry of service {@code app} on the stub's port, optionally probed on {@code healthPath}. */
  static String workloadEntry(String name, int port, String version, String healthPath) {
    String annotations = healthPath == null ? ""
        : "\n  annotations: {\"aviary.io/health-path\": \"" + healthPath + "\"}";
    return """
        ---
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata:
          name: %s
          namespace: default%s
        spec: {address: 127.0.0.1, ports: {http: %d}, labels: {app: app, version: %s}}
        """.formatted(name, annotations, port, version);
  }

  static String workloadEntry(String name, int port, String version) {
    return workloadEntry(name, port, version, null);
  }

  private final Path folder;
  private final EmbeddedGateway gateway;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final int port;

  GatewayHarness(String yaml) throws Exception {
    this(yaml, settings -> settings);
  }

  /** @param tune adjusts the settings the harness would use (limits, access log, probe interval) */
  GatewayHarness(String yaml, UnaryOperator<GatewaySettings> tune) throws Exception {
    folder = Files.createTempDirectory("aviary-it");
    Path manifests = Files.writeString(folder.resolve("config.yaml"), yaml);
    GatewaySettings settings = new GatewaySettings(List.of(manifests.toString()), "default", "127.0.0.1",
        Map.of(80, 0), new InetSocketAddress("127.0.0.1", 0), 1, null, folder.resolve("admin-token"),
        Workloads.EMBEDDED_GATEWAY_LABELS, "istio-system", null, ProxyLimits.defaults(), line -> {});
    gateway = EmbeddedGateway.start(tune.apply(settings));
    port = gateway.listeners().getFirst().boundPort();
  }

  Path folder() {
    return folder;
  }

  EmbeddedGateway gateway() {
    return gateway;
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .header("Host", "app.example.com");
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The Prometheus scrape, as the admin server serves it. */
  String metrics() {
    return gateway.telemetry().istio().scrape();
  }

  @Override
  public void close() {
    gateway.close();
  }
}
