package io.aviary.gateway.proxy;

import io.aviary.gateway.transport.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** A WebSocket upstream for tests: on {@code /echo}, answers every text frame with the same text. */
final class WebSocketEchoServer implements AutoCloseable {

  private final EventLoopGroup group;
  private final Channel listener;

  private WebSocketEchoServer(EventLoopGroup group, Channel listener) {
    this.group = group;
    this.listener = listener;
  }

  static WebSocketEchoServer start() throws InterruptedException {
    Transport transport = Transport.best();
    EventLoopGroup group = transport.newGroup(1, new DefaultThreadFactory("test-ws-echo", true));
    Channel listener = new ServerBootstrap()
        .group(group)
        .channel(transport.serverChannel())
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel channel) {
            channel.pipeline().addLast(new HttpServerCodec());
            channel.pipeline().addLast(new HttpObjectAggregator(64 * 1024));
            channel.pipeline().addLast(new WebSocketServerProtocolHandler("/echo"));
            channel.pipeline().addLast(new SimpleChannelInboundHandler<TextWebSocketFrame>() {
              @Override
              protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
                ctx.writeAndFlush(new TextWebSocketFrame(frame.text()));
              }
            });
          }
        })
        .bind("127.0.0.1", 0).sync().channel();
    return new WebSocketEchoServer(group, listener);
  }

  int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  @Override
  public void close() {
    listener.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
