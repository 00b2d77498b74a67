package io.aviary.gateway.proxy;

import io.aviary.gateway.transport.Transport;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamChannelBootstrap;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/2 client with prior knowledge (cleartext, no upgrade), which the JDK's HttpClient cannot be: one
 * connection, one stream per request, answers aggregated. For tests; blocking calls from the test thread.
 */
final class Http2TestClient implements AutoCloseable {

  /** A response as the test sees it. */
  record Response(int status, HttpHeaders headers, String body) {}

  private final EventLoopGroup group;
  private final Channel connection;

  private Http2TestClient(EventLoopGroup group, Channel connection) {
    this.group = group;
    this.connection = connection;
  }

  static Http2TestClient connect(int port) throws InterruptedException {
    Transport transport = Transport.best();
    EventLoopGroup group = transport.newGroup(1, new DefaultThreadFactory("test-h2-client", true));
    Channel connection = new Bootstrap()
        .group(group)
        .channel(transport.clientChannel())
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel channel) {
            channel.pipeline().addLast(Http2FrameCodecBuilder.forClient().build());
            channel.pipeline().addLast(new Http2MultiplexHandler(new ChannelInboundHandlerAdapter()));
          }
        })
        .connect("127.0.0.1", port).sync().channel();
    return new Http2TestClient(group, connection);
  }

  Response get(String authority, String path, String... headers) throws Exception {
    return send(request(HttpMethod.GET, authority, path, "", headers));
  }

  Response post(String authority, String path, String body, String... headers) throws Exception {
    return send(request(HttpMethod.POST, authority, path, body, headers));
  }

  private static FullHttpRequest request(
      HttpMethod method, String authority, String path, String body, String... headers) {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, path,
        Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    request.headers().set("host", authority);
    for (int i = 0; i < headers.length; i += 2) {
      request.headers().add(headers[i], headers[i + 1]);
    }
    return request;
  }

  /** Sends on a new stream and waits for the whole response. */
  Response send(FullHttpRequest request) throws Exception {
    CompletableFuture<Response> answer = new CompletableFuture<>();
    Http2StreamChannel stream = new Http2StreamChannelBootstrap(connection)
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel channel) {
            channel.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(false));
            channel.pipeline().addLast(new HttpObjectAggregator(1 << 20));
            channel.pipeline().addLast(new SimpleChannelInboundHandler<FullHttpResponse>() {
              @Override
              protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
                answer.complete(new Response(response.status().code(), response.headers().copy(),
                    response.content().toString(StandardCharsets.UTF_8)));
              }

              @Override
              public void channelInactive(ChannelHandlerContext ctx) {
                answer.completeExceptionally(new IllegalStateException("stream closed without a response"));
              }
            });
          }
        })
        .open().sync().getNow();
    stream.writeAndFlush(request).sync();
    return answer.get(10, TimeUnit.SECONDS);
  }

  /** Whether the gateway still keeps the connection open. */
  boolean isOpen() {
    return connection.isActive();
  }

  @Override
  public void close() {
    connection.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
