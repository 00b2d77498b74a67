package io.aviary.demoapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoAppIT {

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<DemoApp> apps = new ArrayList<>();

  @AfterEach
  void stop() {
    apps.forEach(DemoApp::close);
    client.close();
  }

  private DemoApp start(DemoAppSettings settings) throws IOException {
    DemoApp app = DemoApp.start(settings.withPort(0));
    apps.add(app);
    return app;
  }

  private HttpResponse<String> get(DemoApp app, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(app.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersEveryPathWithItsVersionInBodyAndHeader() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2"));

    HttpResponse<String> response = get(app, "/products/42?x=1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"app\":\"next\",\"version\":\"v2\",\"status\":200}");
    assertThat(response.headers().firstValue("x-version")).hasValue("v2");
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
  }

  @Test
  void readsPostedBodiesAndKeepsTheConnectionForTheNextRequest() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v1"));

    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(app.uri().resolve("/orders"))
          .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void failsTheConfiguredShareOfRequestsAtAFixedSeedWhileServingThemConcurrently() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2").withErrorRate(0.1).withSeed(42));
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ConcurrentHashMap<String, Integer> other = new ConcurrentHashMap<>();

    try (ExecutorService clients = Executors.newFixedThreadPool(16)) {
      for (int i = 0; i < 2_000; i++) {
        clients.execute(() -> {
          try {
            HttpResponse<String> response = get(app, "/");
            (response.statusCode() == 200 ? ok : response.statusCode() == 500 ? failed : new AtomicInteger())
                .incrementAndGet();
            if (response.statusCode() == 500) {
              assertThat(response.body()).contains("\"status\":500");
            }
          } catch (IOException | InterruptedException | AssertionError e) {
            other.merge(e.toString(), 1, Integer::sum);
          }
        });
      }
    }

    assertThat(other).isEmpty();
    assertThat(ok.get() + failed.get()).isEqualTo(2_000);
    // 10% of 2,000 is 200, with a standard deviation of about 13.
    assertThat(failed.get()).isBetween(160, 240);
  }

  @Test
  void answersNoSoonerThanTheLatency() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2").withLatency(Duration.ofMillis(300)));

    long started = System.nanoTime();
    HttpResponse<String> response = get(app, "/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void healthzAnswersAtOnceWhileSlowAndFailingRequestsWait() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2").withErrorRate(1).withLatency(Duration.ofMinutes(5)));
    CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
        HttpRequest.newBuilder(app.uri().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());

    HttpResponse<String> health = get(app, "/healthz");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(slow).isNotDone();
  }

  @Test
  void answersHeadWithoutABody() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2"));

    HttpResponse<String> response = client.send(HttpRequest.newBuilder(app.uri().resolve("/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("x-version")).hasValue("v2");
  }

  @Test
  void keepsHundredsOfIdleKeepAliveConnectionsOpenAsALoadGeneratorUsesThem() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2"));
    List<Socket> connections = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        Socket socket = new Socket(app.address().getAddress(), app.address().getPort());
        connections.add(socket);
        assertThat(exchange(socket, "")).startsWith("HTTP/1.1 200");
      }
      // All 300 are idle now; each must still carry a second request.
      for (Socket socket : connections) {
        assertThat(exchange(socket, "")).startsWith("HTTP/1.1 200");
      }
    } finally {
      for (Socket socket : connections) {
        socket.close();
      }
    }
  }

  @Test
  void saysItClosesAConnectionTheClientAskedToClose() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2"));

    try (Socket socket = new Socket(app.address().getAddress(), app.address().getPort())) {
      assertThat(exchange(socket, "Connection: close\r\n")).containsIgnoringCase("connection: close");
    }
  }

  /** Sends one GET on {@code socket} and reads the answer's head and its 42-byte JSON body. */
  private static String exchange(Socket socket, String extraHeaders) throws IOException {
    socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: demo\r\n" + extraHeaders + "\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    StringBuilder head = new StringBuilder();
    InputStream in = socket.getInputStream();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return head.append("<closed>").toString();
      }
      head.append((char) b);
    }
    in.readNBytes(42);
    return head.toString();
  }

  @Test
  void reportsTheAddressItGotForPortZero() throws Exception {
    DemoApp app = start(DemoAppSettings.of("v2"));

    assertThat(app.address().getPort()).isPositive();
    assertThat(app.uri()).isEqualTo(URI.create("http://127.0.0.1:" + app.address().getPort()));
  }
}
