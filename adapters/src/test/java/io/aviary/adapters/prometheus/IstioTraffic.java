package io.aviary.adapters.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scrape target exposing what destination sidecars report for some workloads in namespace {@code shop}:
 * {@code istio_requests_total} (200s and 503s) and {@code istio_request_duration_milliseconds} with Envoy's default
 * buckets. Every scrape adds each version's fixed per-scrape counts, so all of a version's series grow in fixed
 * proportions and {@code increase()} over a window scales them all by the same extrapolation.
 */
final class IstioTraffic implements AutoCloseable {

  static final double[] ENVOY_BOUNDS = {0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000,
      300000, 600000, 1800000, 3600000};

  /** What one scrape adds for {@code workload}: requests by bucket bound (not cumulative), and 503s among them. */
  record Version(String workload, Map<Double, Long> requestsByBound, long errors) {

    long requests() {
      return requestsByBound.values().stream().mapToLong(Long::longValue).sum();
    }

    long atOrBelow(double bound) {
      return new TreeMap<>(requestsByBound).headMap(bound, true).values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Only {@code istio_requests_total} matters: {@code next-v1} answers every request with 200, {@code next-v2}
   * answers {@code errorsPerScrape} of them with 503, so {@code rate()} over any window sees exactly that success
   * rate whatever the scrape timing.
   */
  static IstioTraffic successRates(long okPerScrape, long errorsPerScrape) throws IOException {
    long requests = okPerScrape + errorsPerScrape;
    return new IstioTraffic(List.of(new Version("next-v1", Map.of(5.0, requests), 0),
        new Version("next-v2", Map.of(5.0, requests), errorsPerScrape)));
  }

  private static final String LABELS =
      "reporter=\"destination\",destination_workload=\"%s\",destination_workload_namespace=\"shop\"";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong scrapes = new AtomicLong();
  private final List<Version> versions;

  IstioTraffic(List<Version> versions) throws IOException {
    this.versions = List.copyOf(versions);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/stats/prometheus", this::scrape);
    server.setExecutor(executor);
    server.start();
  }

  /** {@code host:port}, as a Prometheus scrape target is written. */
  String target() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  long scrapes() {
    return scrapes.get();
  }

  private void scrape(HttpExchange exchange) throws IOException {
    long n = scrapes.incrementAndGet();
    StringBuilder text = new StringBuilder("# TYPE istio_requests_total counter\n");
    for (Version version : versions) {
      String labels = LABELS.formatted(version.workload());
      text.append("istio_requests_total{%s,response_code=\"200\"} %d\n"
          .formatted(labels, n * (version.requests() - version.errors())));
      text.append("istio_requests_total{%s,response_code=\"503\"} %d\n".formatted(labels, n * version.errors()));
    }
    text.append("# TYPE istio_request_duration_milliseconds histogram\n");
    for (Version version : versions) {
      String labels = LABELS.formatted(version.workload());
      for (double bound : ENVOY_BOUNDS) {
        text.append("istio_request_duration_milliseconds_bucket{%s,le=\"%s\"} %d\n"
            .formatted(labels, bound == Math.rint(bound) ? Long.toString((long) bound) : bound,
                n * version.atOrBelow(bound)));
      }
      text.append("istio_request_duration_milliseconds_bucket{%s,le=\"+Inf\"} %d\n"
          .formatted(labels, n * version.requests()));
      text.append("istio_request_duration_milliseconds_count{%s} %d\n".formatted(labels, n * version.requests()));
    }
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
