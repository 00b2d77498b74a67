package io.aviary.testkit;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's package) for tests: on a free loopback port, scraping one target every second, its
 * database in the test's folder. {@link #start} returns once {@code /-/ready} answers; {@link #close()} stops it.
 * Tests that need it skip with {@link #MISSING} where the binary is absent and cannot be installed.
 */
public final class PrometheusProcess implements AutoCloseable {

  public static final Path BINARY = Path.of("/usr/bin/prometheus");
  public static final String MISSING = "Prometheus is not installed at " + BINARY + " and only root can install it: "
      + "run 'apt-get install -y prometheus' (.ci/run does) to run the tests against a real Prometheus";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final URI address;
  private final Path log;

  private PrometheusProcess(Process process, URI address, Path log) {
    this.process = process;
    this.address = address;
    this.log = log;
  }

  /** The binary, installing Debian's package first when it is missing and this process runs as root (CI). */
  public static Optional<Path> locate(Path logFolder) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY) && "root".equals(System.getProperty("user.name"))) {
      Path aptLog = logFolder.resolve("apt-get.log");
      if (apt(aptLog, "install", "-y", "prometheus") != 0) {
        apt(aptLog, "update");
        apt(aptLog, "install", "-y", "prometheus");
      }
    }
    return Files.isExecutable(BINARY) ? Optional.of(BINARY) : Optional.empty();
  }

  /** Starts Prometheus scraping {@code http://target/metricsPath} every second; waits until it is ready. */
  public static PrometheusProcess start(Path binary, Path folder, String target, String metricsPath)
      throws IOException {
    Path config = folder.resolve("prometheus.yml");
    Files.writeString(config, """
        global: {scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s}
        scrape_configs:
        - job_name: test
          metrics_path: %s
          static_configs:
          - targets: ["%s"]
        """.formatted(metricsPath, target), StandardCharsets.UTF_8);
    int port = freePort();
    Path log = folder.resolve("prometheus.log");
    Process process = new ProcessBuilder(binary.toString(), "--config.file=" + config,
        "--storage.tsdb.path=" + folder.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PrometheusProcess prometheus = new PrometheusProcess(process, URI.create("http://127.0.0.1:" + port), log);
    try {
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(prometheus::ready);
    } catch (RuntimeException e) {
      prometheus.close();
      throw new IllegalStateException("Prometheus did not become ready; its log: " + Files.readString(log), e);
    }
    return prometheus;
  }

  /** Where its HTTP API listens, e.g. {@code http://127.0.0.1:34567}. */
  public URI address() {
    return address;
  }

  public Path log() {
    return log;
  }

  /** The value of an instant query that yields one sample (or none: empty), evaluated now. */
  public OptionalDouble query(String promql) {
    List<Double> values = queryAll(promql);
    if (values.size() > 1) {
      throw new IllegalStateException("expected one sample, got " + values.size() + " for " + promql);
    }
    return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(values.getFirst());
  }

  /** Every sample's value of an instant query evaluated now. */
  public List<Double> queryAll(String promql) {
    URI uri = address.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    JsonNode answer;
    try (HttpClient client = HttpClient.newHttpClient()) {
      answer = JSON.readTree(client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
          .body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (!"success".equals(answer.path("status").asString())) {
      throw new IllegalStateException("query failed: " + answer + " for " + promql);
    }
    List<Double> values = new ArrayList<>();
    for (JsonNode sample : answer.path("data").path("result")) {
      values.add(Double.parseDouble(sample.path("value").get(1).asString()));
    }
    return values;
  }

  private boolean ready() throws IOException, InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException("Prometheus exited with " + process.exitValue());
    }
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(address.resolve("/-/ready")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static int apt(Path log, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("apt-get"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
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
