package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.server.GatewaySnapshot;
import io.aviary.gateway.server.ListenerPlan;
import io.aviary.gateway.transport.Transport;
import io.aviary.model.load.ManifestLoader;
import io.aviary.model.registry.Workloads;
import io.aviary.routing.RouteTableCompiler;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.aviary.gateway.proxy.h1.DownstreamResponseEncoder;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequestDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The client side of the proxy on Netty's {@link EmbeddedChannel}: requests that never need an upstream
 * (local replies, refusals) are answered in-process, so framing and ordering rules are checked without sockets.
 */
class DownstreamHandlerTest {

  private static final String CONFIG = TestConfigs.virtualServiceFor("app.example.com") + """
        - match: [{uri: {prefix: /teapot}}]
          directResponse: {status: 418, body: {string: "short and stout"}}
        - match: [{uri: {prefix: /old}}]
          redirect: {uri: /new}
      """;

  private final List<CompletedExchange> completed = new CopyOnWriteArrayList<>();

  private EmbeddedChannel channel() {
    var resources = new ManifestLoader("default").loadText(CONFIG, "test.yaml").resources();
    var snapshot = new GatewaySnapshot(1, RouteTableCompiler.of(resources),
        ListenerPlan.of(resources, Workloads.EMBEDDED_GATEWAY_LABELS), new FixedUpstreams(Map.of()));
    ProxyContext context = new ProxyContext(() -> snapshot, completed::add, ProxyLimits.defaults(), Transport.nio());
    WireBytes wire = new WireBytes();
    return new EmbeddedChannel(wire, new HttpRequestDecoder(), new DownstreamResponseEncoder(),
        new DownstreamHandler(context, 80, "http", wire));
  }

  private static String responses(EmbeddedChannel channel) {
    StringBuilder text = new StringBuilder();
    ByteBuf out;
    while ((out = channel.readOutbound()) != null) {
      text.append(out.toString(StandardCharsets.ISO_8859_1));
      out.release();
    }
    return text.toString();
  }

  private static void send(EmbeddedChannel channel, String raw) {
    channel.writeInbound(Unpooled.copiedBuffer(raw, StandardCharsets.ISO_8859_1));
  }

  @Test
  void answersADirectResponseAndRecordsIt() {
    EmbeddedChannel channel = channel();
    send(channel, "GET /teapot HTTP/1.1\r\nHost: app.example.com\r\n\r\n");
    assertThat(responses(channel)).startsWith("HTTP/1.1 418").endsWith("short and stout");
    assertThat(completed).singleElement().satisfies(exchange -> {
      assertThat(exchange.responseCode()).isEqualTo(418);
      assertThat(exchange.route().index()).isZero();
    });
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void answersHeadWithTheLengthOfTheBodyItLeavesOutThenAGetWithTheBody() {
    EmbeddedChannel channel = channel();
    send(channel, "HEAD /teapot HTTP/1.1\r\nHost: app.example.com\r\n\r\n");
    assertThat(responses(channel)).startsWith("HTTP/1.1 418").contains("content-length: 15\r\n").endsWith("\r\n\r\n");
    send(channel, "GET /teapot HTTP/1.1\r\nHost: app.example.com\r\n\r\n");
    assertThat(responses(channel)).startsWith("HTTP/1.1 418").endsWith("\r\n\r\nshort and stout");
  }

  /**
   * The idle timer holds the channel while it is pending; HTTP/2 opens a channel per stream, so a timer left
   * behind by every closed stream kept each one for the idle timeout (an hour by default) and filled the heap.
   */
  @Test
  void leavesNoIdleTimerBehindOnceTheChannelClosesOrATunnelTakesOver() {
    EmbeddedChannel closing = channel();
    assertThat(closing.runScheduledPendingTasks()).as("the idle timer while open").isPositive();
    // What a closing stream delivers; EmbeddedChannel.close() would also cancel the loop's timers itself.
    closing.pipeline().fireChannelInactive();
    assertThat(closing.runScheduledPendingTasks()).as("nothing scheduled once inactive").isEqualTo(-1);

    EmbeddedChannel upgraded = channel();
    upgraded.pipeline().remove(DownstreamHandler.class);
    assertThat(upgraded.runScheduledPendingTasks()).as("nothing scheduled once the handler is gone").isEqualTo(-1);
  }

  @Test
  void answersPipelinedRequestsInTheOrderTheyCame() {
    EmbeddedChannel channel = channel();
    send(channel, "GET /old HTTP/1.1\r\nHost: app.example.com\r\n\r\n"
        + "GET /teapot HTTP/1.1\r\nHost: app.example.com\r\n\r\n"
        + "GET / HTTP/1.1\r\nHost: nowhere.example.com\r\n\r\n");
    channel.runPendingTasks();
    String out = responses(channel);
    assertThat(out.indexOf("HTTP/1.1 301")).isLessThan(out.indexOf("HTTP/1.1 418"));
    assertThat(out.indexOf("HTTP/1.1 418")).isLessThan(out.indexOf("HTTP/1.1 404"));
    assertThat(completed).extracting(CompletedExchange::responseFlags).containsExactly("-", "-", "NR");
  }

  @Test
  void refusesContentLengthWithTransferEncodingAndCloses() {
    EmbeddedChannel channel = channel();
    send(channel, "POST /teapot HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: 4\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    assertThat(responses(channel)).startsWith("HTTP/1.1 400");
    assertThat(channel.isOpen()).isFalse();
    assertThat(completed).isEmpty();
  }

  @Test
  void refusesTwoDifferentContentLengths() {
    EmbeddedChannel channel = channel();
    send(channel, "POST /teapot HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcd");
    assertThat(responses(channel)).startsWith("HTTP/1.1 400");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void closesAfterAnsweringAnHttp10RequestWithoutKeepAlive() {
    EmbeddedChannel channel = channel();
    send(channel, "GET /teapot HTTP/1.0\r\nHost: app.example.com\r\n\r\n");
    assertThat(responses(channel)).contains("418");
    channel.runPendingTasks();
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void keepsTheConnectionAfterDroppingTheShortRestOfAnAnsweredRequest() {
    EmbeddedChannel channel = channel();
    send(channel, "POST /teapot HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: 10\r\n\r\n");
    assertThat(responses(channel)).startsWith("HTTP/1.1 418");
    send(channel, "0123456789");
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void closesRatherThanDrainingALargeRestOfAnAnsweredRequest() {
    EmbeddedChannel channel = channel();
    int size = 1 << 20;
    send(channel, "POST /teapot HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: " + size + "\r\n\r\n");
    assertThat(responses(channel)).startsWith("HTTP/1.1 418");
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[128 * 1024]));
    channel.runPendingTasks();
    assertThat(channel.isOpen()).isFalse();
  }
}
