package io.aviary.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A programmable HTTP upstream for real-socket tests: answers each request by the first behaviour whose path
 * prefix matches (default: 200 with its name as body), and records every request it received.
 */
public final class UpstreamStub implements AutoCloseable {

  /** What the stub does for a request: status, body, headers, and an optional delay before answering. */
  public record Behaviour(int status, String body, Map<String, String> headers, Duration delay, long zeroBytes) {
    public Behaviour(int status, String body, Map<String, String> headers, Duration delay) {
      this(status, body, headers, delay, 0);
    }

    public static Behaviour ok(String body) {
      return new Behaviour(200, body, Map.of(), Duration.ZERO);
    }

    /** 200 with a body of {@code size} zero bytes, streamed in chunks (for large-download tests). */
    public static Behaviour zeros(long size) {
      return new Behaviour(200, "", Map.of(), Duration.ZERO, size);
    }

    public static Behaviour status(int status) {
      return new Behaviour(status, "status " + status, Map.of(), Duration.ZERO);
    }

    public Behaviour after(Duration wait) {
      return new Behaviour(status, body, headers, wait);
    }

    public Behaviour withHeader(String name, String value) {
      Map<String, String> more = new java.util.LinkedHashMap<>(headers);
      more.put(name, value);
      return new Behaviour(status, body, more, delay);
    }
  }

  /**
   * A request as the stub received it; the body is counted, not kept, so large uploads stay cheap.
   *
   * @param remoteAddress the connection's peer ({@code ip:port}): distinct values mean distinct connections
   */
  public record Received(
      String method, String uri, Map<String, List<String>> headers, long bodyBytes, String remoteAddress) {
    public Received(String method, String uri, Map<String, List<String>> headers, long bodyBytes) {
      this(method, uri, headers, bodyBytes, "");
    }

    public String header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().getFirst();
        }
      }
      return null;
    }
  }

  private final String name;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "upstream-stub");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, Function<Received, Behaviour>> behaviours = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();

  private UpstreamStub(String name) throws IOException {
    this.name = name;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a stub on a free loopback port that answers 200 with {@code name} by default. */
  public static UpstreamStub start(String name) {
    try {
      return new UpstreamStub(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public UpstreamStub on(String pathPrefix, Behaviour behaviour) {
    behaviours.put(pathPrefix, request -> behaviour);
    return this;
  }

  public UpstreamStub on(String pathPrefix, Function<Received, Behaviour> behaviour) {
    behaviours.put(pathPrefix, behaviour);
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String name() {
    return name;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public int count() {
    return count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long bodyBytes = drain(exchange.getRequestBody());
    Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
        Map.copyOf(exchange.getRequestHeaders()), bodyBytes, addressOf(exchange.getRemoteAddress()));
    received.add(request);
    count.incrementAndGet();
    Behaviour behaviour = behaviourFor(request);
    if (!behaviour.delay().isZero()) {
      try {
        Thread.sleep(behaviour.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    behaviour.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("x-upstream", name);
    if (behaviour.zeroBytes() > 0) {
      exchange.sendResponseHeaders(behaviour.status(), 0);
      try (OutputStream out = exchange.getResponseBody()) {
        byte[] chunk = new byte[64 * 1024];
        for (long left = behaviour.zeroBytes(); left > 0; left -= chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
      }
      return;
    }
    byte[] body = behaviour.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(behaviour.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private Behaviour behaviourFor(Received request) {
    String path = request.uri();
    String best = null;
    for (String prefix : behaviours.keySet()) {
      if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? Behaviour.ok(name) : behaviours.get(best).apply(request);
  }

  private static String addressOf(InetSocketAddress peer) {
    return peer.getAddress().getHostAddress() + ":" + peer.getPort();
  }

  private static long drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      total += read;
    }
    return total;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
