package io.aviary.adapters.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on a free loopback port that keeps every request's body, answering a set status, or holding
 * the answer until the test releases it (for timeouts, without a sleep).
 */
final class HookServer implements AutoCloseable {

  record Received(String method, String uri, String contentType, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile int status = 200;
  private volatile String body = "ok";
  private volatile boolean hold;

  private HookServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static HookServer start() {
    try {
      return new HookServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HookServer answering(int newStatus, String newBody) {
    status = newStatus;
    body = newBody;
    return this;
  }

  /** Never answers until {@link #close()}. */
  HookServer holding() {
    hold = true;
    return this;
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
        exchange.getRequestHeaders().getFirst("Content-Type"), text));
    if (hold) {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] answer = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
