package io.aviary.gateway.proxy.h1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamResponseDecoderTest {

  private final UpstreamResponseDecoder decoder = new UpstreamResponseDecoder(8192);
  private final EmbeddedChannel channel = new EmbeddedChannel(decoder);

  private List<Object> feed(String... pieces) {
    for (String piece : pieces) {
      channel.writeInbound(ascii(piece));
    }
    List<Object> out = new ArrayList<>();
    for (Object msg; (msg = channel.readInbound()) != null; ) {
      out.add(msg);
    }
    return out;
  }

  private static ByteBuf ascii(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
  }

  /** Feeds {@code bytes} to a fresh connection's decoder and asserts that it refuses them. */
  private static EmbeddedChannel refusing(String bytes) {
    UpstreamResponseDecoder fresh = new UpstreamResponseDecoder(8192);
    fresh.expectResponse(false, true);
    EmbeddedChannel upstream = new EmbeddedChannel(fresh);
    assertThatThrownBy(() -> upstream.writeInbound(ascii(bytes))).as(bytes).isInstanceOf(DecoderException.class);
    return upstream;
  }

  /** What a relayed response sends the client: the relayed head and body bytes, concatenated. */
  private static String wire(List<Object> messages) {
    StringBuilder text = new StringBuilder();
    for (Object msg : messages) {
      ByteBuf bytes = msg instanceof ResponseHead head ? head.relay(UnpooledByteBufAllocator.DEFAULT, false).content()
          : ((RelayedBytes) msg).content();
      text.append(bytes.toString(StandardCharsets.ISO_8859_1));
      bytes.release();
    }
    return text.toString();
  }

  @Test
  void relaysAPlainLengthDelimitedResponseWithoutItsConnectionHeader() {
    decoder.expectResponse(false, true);
    List<Object> out = feed(
        "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhel", "lo");
    assertThat(out.getFirst()).isInstanceOfSatisfying(ResponseHead.class, head -> {
      assertThat(head.relayed()).isTrue();
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.keepAlive()).isTrue();
    });
    assertThat(((RelayedBytes) out.getLast()).last()).isTrue();
    assertThat(wire(out)).isEqualTo("HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 5\r\n\r\nhello");
  }

  @Test
  void relaysAChunkedBodyWithItsExtensionsAndTrailersAsTheUpstreamFramedItEvenFedByteByByte() {
    String response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nKeep-Alive: timeout=5\r\n\r\n"
        + "5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nx-checksum: 42\r\n\r\n";
    decoder.expectResponse(false, true);
    List<Object> out = new ArrayList<>();
    for (char c : response.toCharArray()) {
      out.addAll(feed(String.valueOf(c)));
    }
    assertThat(wire(out)).isEqualTo(response.replace("Keep-Alive: timeout=5\r\n", ""));
    assertThat(((RelayedBytes) out.getLast()).last()).isTrue();
    assertThat(out.stream().filter(m -> m instanceof RelayedBytes r && r.last())).hasSize(1);
  }

  @Test
  void deFramesAChunkedBodyWhenTheExchangeCannotRelayAndKeepsTheTrailers() {
    decoder.expectResponse(false, false);
    List<Object> out = feed("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nX-Id: 7\r\n\r\n",
        "3\r\nabc\r\n2\r\nde\r\n0\r\nx-checksum: 42\r\n\r\n");
    ResponseHead head = (ResponseHead) out.getFirst();
    assertThat(head.relayed()).isFalse();
    HttpResponse response = head.toHttpResponse();
    assertThat(response.status().code()).isEqualTo(201);
    assertThat(response.status().reasonPhrase()).isEqualTo("Created");
    assertThat(response.headers().get("x-id")).isEqualTo("7");
    assertThat(response.headers().get("transfer-encoding")).isEqualTo("chunked");
    StringBuilder body = new StringBuilder();
    for (Object msg : out.subList(1, out.size())) {
      body.append(((HttpContent) msg).content().toString(StandardCharsets.US_ASCII));
    }
    assertThat(body).hasToString("abcde");
    assertThat(out.getLast()).isInstanceOfSatisfying(LastHttpContent.class,
        last -> assertThat(last.trailingHeaders().get("x-checksum")).isEqualTo("42"));
    out.forEach(ReferenceCountUtil::release);
  }

  @Test
  void aResponseToHeadHasNoBodyWhateverItsContentLengthAndTheNextResponseFollows() {
    decoder.expectResponse(true, true);
    List<Object> out = feed("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
    assertThat(out).hasSize(2);
    assertThat(((RelayedBytes) out.get(1)).last()).isTrue();
    decoder.expectResponse(false, true);
    assertThat(wire(feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")))
        .isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  }

  @Test
  void noBodyFollows204Or304() {
    decoder.expectResponse(false, false);
    List<Object> out = feed("HTTP/1.1 204 No Content\r\nContent-Length: 7\r\n\r\n",
        "HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n");
    assertThat(out).hasSize(4);
    assertThat(out.get(1)).isSameAs(LastHttpContent.EMPTY_LAST_CONTENT);
    assertThat(((ResponseHead) out.get(2)).status()).isEqualTo(304);
    assertThat(out.get(3)).isSameAs(LastHttpContent.EMPTY_LAST_CONTENT);
  }

  @Test
  void anInformationalResponseComesAloneBeforeTheFinalOne() {
    decoder.expectResponse(false, true);
    List<Object> out = feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx");
    assertThat(out).hasSize(3);
    assertThat(((ResponseHead) out.get(0)).informational()).isTrue();
    assertThat(((ResponseHead) out.get(1)).status()).isEqualTo(200);
    ((RelayedBytes) out.get(2)).release();
  }

  @Test
  void aBodyThatEndsWithTheConnectionIsNeverRelayedAndEndsWhenTheUpstreamCloses() {
    decoder.expectResponse(false, true);
    List<Object> out = feed("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nsome", " more");
    ResponseHead head = (ResponseHead) out.getFirst();
    assertThat(head.relayed()).isFalse();
    assertThat(head.keepAlive()).isFalse();
    assertThat(head.framing()).isEqualTo(ResponseHead.Framing.UNTIL_CLOSE);
    assertThat(out.subList(1, out.size())).allMatch(m -> m instanceof HttpContent && !(m instanceof LastHttpContent));
    out.forEach(ReferenceCountUtil::release);
    channel.finish();
    assertThat((Object) channel.readInbound()).isSameAs(LastHttpContent.EMPTY_LAST_CONTENT);
  }

  @Test
  void afterA101TheRestPassesAsRawBytes() {
    decoder.expectResponse(false, true);
    List<Object> out = feed("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        "frame");
    assertThat(((ResponseHead) out.get(0)).relayed()).isFalse();
    assertThat(out.get(1)).isSameAs(LastHttpContent.EMPTY_LAST_CONTENT);
    assertThat(out.get(2)).isInstanceOfSatisfying(ByteBuf.class,
        raw -> assertThat(raw.toString(StandardCharsets.US_ASCII)).isEqualTo("frame"));
    ((ByteBuf) out.get(2)).release();
  }

  @Test
  void connectionCloseAndHttp10DecideWhetherTheUpstreamConnectionStays() {
    decoder.expectResponse(false, true);
    ResponseHead closing =
        (ResponseHead) feed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").getFirst();
    assertThat(closing.keepAlive()).isFalse();
    assertThat(closing.relayed()).isTrue();
    ResponseHead old = (ResponseHead) feed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").getFirst();
    assertThat(old.keepAlive()).isFalse();
    assertThat(old.relayed()).as("an HTTP/1.0 head is re-encoded as HTTP/1.1").isFalse();
    ResponseHead kept =
        (ResponseHead) feed("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n").getFirst();
    assertThat(kept.keepAlive()).isTrue();
  }

  @Test
  void aConnectionHeaderThatNamesOtherHeadersSendsTheHeadThroughTheFullModel() {
    decoder.expectResponse(false, true);
    List<Object> out = feed("HTTP/1.1 200 OK\r\nConnection: x-hop\r\nX-Hop: 1\r\nContent-Length: 0\r\n\r\n");
    assertThat(((ResponseHead) out.getFirst()).relayed()).isFalse();
  }

  @Test
  void dropsOnlyHeadersWhoseWholeNameIsConnectionScoped() {
    decoder.expectResponse(false, true);
    String head = "HTTP/1.1 200 OK\r\nProxy-Connection-Id: 7\r\nProxy-Connection: keep-alive\r\n"
        + "Content-Length: 0\r\n\r\n";
    assertThat(wire(feed(head))).isEqualTo("HTTP/1.1 200 OK\r\nProxy-Connection-Id: 7\r\nContent-Length: 0\r\n\r\n");
  }

  @Test
  void acceptsBareLineFeedsAndEmptyLinesBeforeTheStatusLineAndRelaysCanonicalLineEnds() {
    decoder.expectResponse(false, true);
    List<Object> out = feed("\r\nHTTP/1.1 200 OK\nContent-Length: 2\n\nok");
    assertThat(wire(out)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  }

  @Test
  void refusesHeadsThatCouldSplitOrSmuggleAResponse() {
    List<String> malformed = List.of(
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 3 3\r\n\r\n",
        "HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\n\r\n",
        "HTTP/1.1 200 OK\r\nX-A : 1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nX-A: a\u0001b\r\n\r\n",
        "HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
        "HTTP/2.0 200 OK\r\n\r\n",
        "HTTP/1.1 20 OK\r\n\r\n",
        "http/1.1 200 OK\r\n\r\n");
    for (String head : malformed) {
      EmbeddedChannel upstream = refusing(head);
      assertThat(upstream.writeInbound(ascii("HTTP/1.1 200 OK\r\n\r\n")))
          .as("nothing more is read from a connection whose framing is lost").isFalse();
    }
  }

  @Test
  void refusesMalformedChunkFramingAndTrailers() {
    for (String body : List.of("zz\r\n", "5\r\nhelloX\r\n", "5 x\r\nhello\r\n", "1000000000000000\r\n",
        "0\r\nbad name: 1\r\n\r\n", "0\r\nx-sum: a\u0000b\r\n\r\n")) {
      refusing("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body).finishAndReleaseAll();
    }
  }

  @Test
  void refusesAHeadLargerThanTheLimitEvenBeforeItEnds() {
    UpstreamResponseDecoder small = new UpstreamResponseDecoder(64);
    EmbeddedChannel upstream = new EmbeddedChannel(small);
    assertThatThrownBy(() -> upstream.writeInbound(ascii("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(100))))
        .isInstanceOf(DecoderException.class).hasMessageContaining("too large");
  }
}
