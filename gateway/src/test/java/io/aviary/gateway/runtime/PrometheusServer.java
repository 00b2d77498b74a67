package io.aviary.gateway.runtime;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus on a free loopback port, scraping one target every second, with its database in a
 * temporary folder; queried through its HTTP API as Flagger queries it. {@link #close()} stops the process.
 */
final class PrometheusServer implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  private PrometheusServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts Prometheus scraping {@code http://target/metricsPath} every second and waits until it is ready. */
  static PrometheusServer start(Path binary, Path folder, String target, String metricsPath) throws IOException {
    Path config = folder.resolve("prometheus.yml");
    Files.writeString(config, """
        global: {scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s}
        scrape_configs:
        - job_name: aviary
          metrics_path: %s
          static_configs:
          - targets: ["%s"]
        """.formatted(metricsPath, target), StandardCharsets.UTF_8);
    int port = freePort();
    Process process = new ProcessBuilder(binary.toString(),
        "--config.file=" + config,
        "--storage.tsdb.path=" + folder.resolve("data"),
        "--web.listen-address=127.0.0.1:" + port)
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("prometheus.log").toFile())
        .start();
    PrometheusServer server = new PrometheusServer(process, port);
    try {
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(server::ready);
    } catch (RuntimeException e) {
      server.close();
      throw new IllegalStateException("Prometheus did not become ready; its log: "
          + Files.readString(folder.resolve("prometheus.log")), e);
    }
    return server;
  }

  private boolean ready() throws IOException, InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException("Prometheus exited with " + process.exitValue());
    }
    return client.send(HttpRequest.newBuilder(uri("/-/ready")).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode() == 200;
  }

  /** The value of an instant query that yields one sample (or none: empty), evaluated now. */
  OptionalDouble query(String promql) {
    List<Double> values = queryAll(promql);
    if (values.size() > 1) {
      throw new IllegalStateException("expected one sample, got " + values.size() + " for " + promql);
    }
    return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(values.getFirst());
  }

  /** Every sample's value of an instant query evaluated now. */
  List<Double> queryAll(String promql) {
    JsonNode answer = JSON.readTree(get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)));
    if (!"success".equals(answer.path("status").asString())) {
      throw new IllegalStateException("query failed: " + answer + " for " + promql);
    }
    List<Double> values = new ArrayList<>();
    for (JsonNode sample : answer.path("data").path("result")) {
      values.add(Double.parseDouble(sample.path("value").get(1).asString()));
    }
    return values;
  }

  private String get(String pathAndQuery) {
    try {
      return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
