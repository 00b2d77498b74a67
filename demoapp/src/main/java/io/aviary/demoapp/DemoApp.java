package io.aviary.demoapp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running demo app: the JDK's HTTP server with one virtual thread per exchange. {@link #start} returns once it
 * listens; {@link #close()} stops accepting, gives requests in flight a second to finish, then interrupts them.
 */
public final class DemoApp implements AutoCloseable {

  /** Load generators open many connections at once; the JDK's default backlog would refuse some. */
  private static final int BACKLOG = 4096;
  private static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";

  static {
    // The JDK's server closes keep-alive connections beyond 200 idle ones, and a load generator with more
    // connections then sees requests fail on connections closed under it. The property is read once, when the
    // first server of the JVM starts, so a user's own setting wins and is left alone.
    if (System.getProperty(MAX_IDLE_CONNECTIONS) == null) {
      System.setProperty(MAX_IDLE_CONNECTIONS, "100000");
    }
  }

  private final DemoAppSettings settings;
  private final HttpServer server;
  private final ExecutorService executor;

  private DemoApp(DemoAppSettings settings, HttpServer server, ExecutorService executor) {
    this.settings = settings;
    this.server = server;
    this.executor = executor;
  }

  /** Listens on {@code settings.bind():settings.port()}; an address in use is an {@link IOException}. */
  public static DemoApp start(DemoAppSettings settings) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(settings.bind()), settings.port());
    Random random = settings.seed() == null ? new Random() : new Random(settings.seed());
    HttpServer server = HttpServer.create(address, BACKLOG);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.createContext("/", new DemoHandler(settings, random));
    server.setExecutor(executor);
    server.start();
    return new DemoApp(settings, server, executor);
  }

  /** The address it listens on, with the port it got when asked for port 0. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** {@code http://127.0.0.1:9080}, with brackets around an IPv6 address. */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://%s:%d".formatted(host.contains(":") ? "[" + host + "]" : host, address.getPort()));
  }

  public DemoAppSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
