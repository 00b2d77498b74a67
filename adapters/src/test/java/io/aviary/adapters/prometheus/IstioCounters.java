package io.aviary.adapters.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scrape target exposing Istio's {@code istio_requests_total} for two workloads, as a sidecar reports them. Each
 * scrape counts {@code okPerScrape} more 200s and {@code errorsPerScrape} more 503s for {@code next-v2}, and only
 * 200s for {@code next-v1}: the counters grow in a fixed proportion, so {@code rate()} over any window sees exactly
 * that success rate whatever the scrape timing.
 */
final class IstioCounters implements AutoCloseable {

  private static final String SERIES = "istio_requests_total{reporter=\"destination\",destination_workload=\"%s\","
      + "destination_workload_namespace=\"shop\",response_code=\"%s\"} %d\n";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong scrapes = new AtomicLong();
  private final long okPerScrape;
  private final long errorsPerScrape;

  IstioCounters(long okPerScrape, long errorsPerScrape) throws IOException {
    this.okPerScrape = okPerScrape;
    this.errorsPerScrape = errorsPerScrape;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/stats/prometheus", this::scrape);
    server.setExecutor(executor);
    server.start();
  }

  /** {@code host:port}, as a Prometheus scrape target is written. */
  String target() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  private void scrape(HttpExchange exchange) throws IOException {
    long n = scrapes.incrementAndGet();
    String text = "# TYPE istio_requests_total counter\n"
        + SERIES.formatted("next-v1", "200", n * (okPerScrape + errorsPerScrape))
        + SERIES.formatted("next-v2", "200", n * okPerScrape)
        + SERIES.formatted("next-v2", "503", n * errorsPerScrape);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
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
