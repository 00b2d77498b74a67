package io.aviary.gateway.admin;

import io.aviary.gateway.transport.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The admin HTTP server. Bodies are limited to 1 MiB; endpoints run on one worker thread, off the event loop. */
public final class AdminServer implements AutoCloseable {

  private static final int MAX_BODY = 1024 * 1024;

  private final Channel channel;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "aviary-admin");
    thread.setDaemon(true);
    return thread;
  });

  private AdminServer(Channel channel) {
    this.channel = channel;
  }

  public static AdminServer start(
      EventLoopGroup group, Transport transport, InetSocketAddress address, AdminRoutes routes, AdminToken token)
      throws InterruptedException {
    ExecutorService[] holder = new ExecutorService[1];
    AdminServer[] server = new AdminServer[1];
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channel(transport.serverChannel())
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new HttpServerCodec(4096, 16 * 1024, 8192));
            ch.pipeline().addLast(new HttpObjectAggregator(MAX_BODY));
            ch.pipeline().addLast(new AdminHandler(routes, token, holder[0]));
          }
        });
    Channel bound = bootstrap.bind(address).sync().channel();
    server[0] = new AdminServer(bound);
    holder[0] = server[0].worker;
    return server[0];
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) channel.localAddress();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    worker.shutdownNow();
  }
}
