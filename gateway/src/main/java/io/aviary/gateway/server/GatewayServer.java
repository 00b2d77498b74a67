package io.aviary.gateway.server;

import io.aviary.gateway.proxy.ProxyContext;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.transport.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Binds the gateway's listeners on one event-loop group: each accepted connection, and every upstream
 * connection it opens, stays on the loop that accepted it.
 */
public final class GatewayServer implements AutoCloseable {

  private final EventLoopGroup group;
  private final Transport transport;
  private final ProxyContext proxy;
  private final ProxyLimits limits;
  private final List<Channel> listeners = new ArrayList<>();
  private final List<ListenerAddress> addresses = new ArrayList<>();

  public GatewayServer(EventLoopGroup group, Transport transport, ProxyContext proxy, ProxyLimits limits) {
    this.group = group;
    this.transport = transport;
    this.proxy = proxy;
    this.limits = limits;
  }

  /**
   * Binds one listener per gateway port; {@code portMap} moves a port (80 → 18080), {@code tlsForPort} gives
   * the TLS of HTTPS ports or {@code null} (see {@link ListenerTls#forPort}).
   */
  public List<ListenerAddress> bind(
      Iterable<Integer> gatewayPorts, String bindAddress, Map<Integer, Integer> portMap,
      IntFunction<@Nullable TlsTermination> tlsForPort) throws InterruptedException {
    for (int port : gatewayPorts) {
      int bound = portMap.getOrDefault(port, port);
      ServerBootstrap bootstrap = new ServerBootstrap()
          .group(group)
          .channel(transport.serverChannel())
          .option(ChannelOption.SO_BACKLOG, 4096)
          .option(ChannelOption.SO_REUSEADDR, true)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
          .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 128 * 1024))
          .childHandler(new DownstreamInitializer(proxy, limits, port, tlsForPort.apply(port)));
      Channel channel = bootstrap.bind(new InetSocketAddress(bindAddress, bound)).sync().channel();
      int actual = ((InetSocketAddress) channel.localAddress()).getPort();
      listeners.add(channel);
      addresses.add(new ListenerAddress(port, bindAddress, actual));
    }
    return List.copyOf(addresses);
  }

  public List<ListenerAddress> addresses() {
    return List.copyOf(addresses);
  }

  @Override
  public void close() {
    for (Channel listener : listeners) {
      listener.close().syncUninterruptibly();
    }
    listeners.clear();
  }
}
