package io.aviary.demoapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * Answers every request with 200 and {@code {"app","version","status"}}, or 500 for the configured share, after the
 * configured latency; {@code /healthz} answers 200 at once so that readiness probes never see the injected faults.
 * Runs on a virtual thread per exchange, so waiting out the latency holds no platform thread.
 */
final class DemoHandler implements HttpHandler {

  static final String APP = "next";
  static final String HEALTH_PATH = "/healthz";

  private final DemoAppSettings settings;
  private final RandomGenerator random;

  /** {@code random} must be safe to share between threads (e.g. {@link java.util.Random}). */
  DemoHandler(DemoAppSettings settings, RandomGenerator random) {
    this.settings = settings;
    this.random = random;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      drain(exchange.getRequestBody());
      if (exchange.getRequestURI().getPath().equals(HEALTH_PATH)) {
        answer(exchange, 200, "{\"status\":\"ok\"}");
        return;
      }
      boolean fail = settings.errorRate() > 0 && random.nextDouble() < settings.errorRate();
      if (!settings.latency().isZero()) {
        Thread.sleep(settings.latency());
      }
      int status = fail ? 500 : 200;
      answer(exchange, status, "{\"app\":\"%s\",\"version\":\"%s\",\"status\":%d%s}".formatted(APP,
          settings.version(), status, fail ? ",\"error\":\"injected failure\"" : ""));
    } catch (InterruptedException e) {
      // The app is stopping: the exchange closes unanswered, as a process being killed would leave it.
      Thread.currentThread().interrupt();
    }
  }

  private void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-version", settings.version());
    if ("close".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Connection"))) {
      // The JDK's server closes such a connection without saying so; clients then count the close as an error.
      exchange.getResponseHeaders().set("Connection", "close");
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Reads what the client sent, so the connection can carry the next request. */
  private static void drain(InputStream body) throws IOException {
    body.transferTo(OutputStream.nullOutputStream());
  }
}
