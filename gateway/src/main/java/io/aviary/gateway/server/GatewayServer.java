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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Binds the gateway's listeners on one event-loop group: each accepted connection, and every upstream
 * connection it opens, stays on the loop that accepted it. Listeners can be added and removed while the
 * gateway runs, so a reload that changes a Gateway's ports takes effect without a restart.
 *
 * <p>Thread-safety: binding and unbinding are serialized on this object; they block until the socket is
 * bound or closed, so they must not be called from an event loop.
 */
public final class GatewayServer implements AutoCloseable {

  private record Listener(Channel channel, ListenerAddress address, AtomicReference<@Nullable TlsTermination> tls) {}

  private final EventLoopGroup group;
  private final Transport transport;
  private final ProxyContext proxy;
  private final ProxyLimits limits;
  private final Map<Integer, Listener> listeners = new LinkedHashMap<>();

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
  public synchronized List<ListenerAddress> bind(
      Iterable<Integer> gatewayPorts, String bindAddress, Map<Integer, Integer> portMap,
      IntFunction<@Nullable TlsTermination> tlsForPort) throws InterruptedException {
    for (int port : gatewayPorts) {
      bind(port, bindAddress, portMap.getOrDefault(port, port), tlsForPort.apply(port));
    }
    return addresses();
  }

  /**
   * Binds the listener of {@code gatewayPort} on {@code localPort} (0 for any free port) and reports where it
   * is bound. A port that is already bound is left as it is.
   */
  public synchronized ListenerAddress bind(
      int gatewayPort, String bindAddress, int localPort, @Nullable TlsTermination tls)
      throws InterruptedException {
    Listener existing = listeners.get(gatewayPort);
    if (existing != null) {
      return existing.address();
    }
    AtomicReference<@Nullable TlsTermination> current = new AtomicReference<>(tls);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channel(transport.serverChannel())
        .option(ChannelOption.SO_BACKLOG, 4096)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 128 * 1024))
        .childHandler(new DownstreamInitializer(proxy, limits, gatewayPort, current));
    Channel channel = bootstrap.bind(new InetSocketAddress(bindAddress, localPort)).sync().channel();
    int actual = ((InetSocketAddress) channel.localAddress()).getPort();
    ListenerAddress address = new ListenerAddress(gatewayPort, bindAddress, actual);
    listeners.put(gatewayPort, new Listener(channel, address, current));
    return address;
  }

  /**
   * Closes the listening socket of {@code gatewayPort}, so no new connection is accepted there. Connections
   * already accepted stay open: their requests in flight finish, and they close as any connection does (the
   * client closes, or the idle timeout). Reports where the listener was bound, if it was.
   */
  public synchronized Optional<ListenerAddress> unbind(int gatewayPort) {
    Listener listener = listeners.remove(gatewayPort);
    if (listener == null) {
      return Optional.empty();
    }
    listener.channel().close().syncUninterruptibly();
    return Optional.of(listener.address());
  }

  /** The gateway ports that have a listener. */
  /**
   * Serves the next connections of a bound port with {@code tls} (a reload changed the Gateway's certificates or
   * protocol); connections already open keep theirs. Does nothing for a port that is not bound.
   */
  public synchronized void updateTls(int gatewayPort, @Nullable TlsTermination tls) {
    Listener listener = listeners.get(gatewayPort);
    if (listener != null) {
      listener.tls().set(tls);
    }
  }

  public synchronized Set<Integer> boundPorts() {
    return new TreeSet<>(listeners.keySet());
  }

  public synchronized List<ListenerAddress> addresses() {
    List<ListenerAddress> addresses = new ArrayList<>();
    listeners.values().forEach(listener -> addresses.add(listener.address()));
    return List.copyOf(addresses);
  }

  @Override
  public synchronized void close() {
    for (Listener listener : listeners.values()) {
      listener.channel().close().syncUninterruptibly();
    }
    listeners.clear();
  }
}
