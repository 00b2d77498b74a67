package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WebSocket upgrades pass through the gateway to a real WebSocket upstream. */
class WebSocketIT {

  private static final String CONFIG = TestConfigs.virtualServiceFor("*") + """
        - route:
          - destination: {host: chat, subset: ws}
      """;

  private WebSocketEchoServer echo;
  private ProxyHarness gateway;

  @BeforeEach
  void start() throws Exception {
    echo = WebSocketEchoServer.start();
    gateway = new ProxyHarness(CONFIG, Map.of("ws", echo.port()));
  }

  @AfterEach
  void stop() {
    gateway.close();
    echo.close();
  }

  @Test
  void echoesTextFramesThroughTheTunnelAndRecordsA101WhenItCloses() throws Exception {
    Replies replies = new Replies();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create("ws://127.0.0.1:" + gateway.port + "/echo"), replies)
        .get(10, TimeUnit.SECONDS);

    socket.sendText("hello through aviary", true).get(5, TimeUnit.SECONDS);
    assertThat(replies.next()).isEqualTo("hello through aviary");
    assertThat(gateway.completed).isEmpty();

    socket.sendText("second", true).get(5, TimeUnit.SECONDS);
    assertThat(replies.next()).isEqualTo("second");
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);

    CompletedExchange exchange = gateway.lastCompleted(1);
    assertThat(exchange.responseCode()).isEqualTo(101);
    assertThat(exchange.responseBytes()).isPositive();
  }

  @Test
  void closesATunnelInWhichNothingMovesForTheIdleTimeout() throws Exception {
    gateway.close();
    ProxyLimits idle300ms = ProxyLimits.defaults().withIdleTimeoutMillis(300);
    gateway = new ProxyHarness(CONFIG, Map.of("ws", echo.port()), idle300ms);
    Replies replies = new Replies();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create("ws://127.0.0.1:" + gateway.port + "/echo"), replies)
        .get(10, TimeUnit.SECONDS);
    socket.sendText("then silence", true).get(5, TimeUnit.SECONDS);
    assertThat(replies.next()).isEqualTo("then silence");

    CompletedExchange exchange = gateway.lastCompleted(1);

    assertThat(exchange.responseCode()).as("the tunnel ended without the client closing it").isEqualTo(101);
  }

  /** Collects whole text messages in arrival order. */
  private static final class Replies implements WebSocket.Listener {
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    String next() throws InterruptedException {
      return received.poll(5, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      received.add(data.toString());
      socket.request(1);
      return null;
    }
  }
}
