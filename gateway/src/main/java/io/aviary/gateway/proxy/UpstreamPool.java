package io.aviary.gateway.proxy;

import java.util.function.BooleanSupplier;

import io.aviary.gateway.proxy.h1.UpstreamResponseDecoder;
import io.aviary.gateway.transport.Transport;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpRequestEncoder;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keep-alive connections to endpoints, owned by one event loop and used only from it: a request is proxied on
 * the loop that accepted its client, so no lock guards the pool and no bytes cross threads.
 */
final class UpstreamPool {

  private final EventLoop loop;
  private final Bootstrap bootstrap;
  private final int maxIdlePerEndpoint;
  private final Map<String, ArrayDeque<Channel>> idle = new HashMap<>();
  private final Map<String, ArrayDeque<BooleanSupplier>> idleWaiters = new HashMap<>();

  UpstreamPool(EventLoop loop, Transport transport, ProxyLimits limits) {
    this.loop = loop;
    this.maxIdlePerEndpoint = limits.maxIdleUpstreamConnectionsPerEndpoint();
    this.bootstrap = new Bootstrap()
        .group(loop)
        .channel(transport.clientChannel())
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.SO_KEEPALIVE, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, limits.upstreamConnectTimeoutMillis())
        .option(ChannelOption.ALLOCATOR, io.netty.buffer.PooledByteBufAllocator.DEFAULT)
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel channel) {
            var decoder = new UpstreamResponseDecoder(limits.maxResponseHeaderBytes());
            channel.pipeline().addLast("encoder", new HttpRequestEncoder());
            channel.pipeline().addLast("decoder", decoder);
            channel.pipeline().addLast("upstream", new UpstreamHandler(decoder));
          }
        });
  }

  EventLoop loop() {
    return loop;
  }

  /** An idle, still open connection to {@code endpoint}, or {@code null}. */
  @Nullable Channel pollIdle(UpstreamEndpoint endpoint) {
    ArrayDeque<Channel> channels = idle.get(endpoint.hostPort());
    if (channels == null) {
      return null;
    }
    Channel channel;
    while ((channel = channels.pollLast()) != null) {
      if (channel.isActive()) {
        return channel;
      }
    }
    return null;
  }

  /**
   * Opens a connection to {@code endpoint} if its cluster's connection limit allows, holding the lease's
   * connection slot until the connection closes; {@code null} when the limit is reached.
   */
  @Nullable ChannelFuture connectWithin(UpstreamEndpoint endpoint, UpstreamLease lease) {
    ConnectionSlot slot = lease.openConnection();
    if (slot == null) {
      return null;
    }
    ChannelFuture connecting = connect(endpoint);
    if (slot != ConnectionSlot.UNCOUNTED) {
      connecting.channel().closeFuture().addListener(closed -> slot.release());
    }
    return connecting;
  }

  ChannelFuture connect(UpstreamEndpoint endpoint) {
    InetSocketAddress address = isHostName(endpoint.address())
        ? InetSocketAddress.createUnresolved(endpoint.address(), endpoint.port())
        : new InetSocketAddress(endpoint.address(), endpoint.port());
    return bootstrap.connect(address);
  }

  private static boolean isHostName(String address) {
    if (address.indexOf(':') >= 0) {
      return false;
    }
    for (int i = 0; i < address.length(); i++) {
      if (Character.isLetter(address.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Takes a connection back after a complete exchange; it is closed instead when the pool is full. */
  void release(UpstreamEndpoint endpoint, Channel channel) {
    UpstreamHandler handler = channel.pipeline().get(UpstreamHandler.class);
    if (!channel.isActive() || handler == null) {
      channel.close();
      return;
    }
    ArrayDeque<Channel> channels = idle.computeIfAbsent(endpoint.hostPort(), k -> new ArrayDeque<>());
    if (channels.size() >= maxIdlePerEndpoint) {
      channel.close();
      return;
    }
    handler.idleIn(this, endpoint.hostPort());
    channels.addLast(channel);
    wakeIdleWaiter(endpoint.hostPort());
  }

  /** Calls {@code wake} when a connection to {@code endpoint} comes back to this loop's pool. */
  void whenIdle(UpstreamEndpoint endpoint, BooleanSupplier wake) {
    idleWaiters.computeIfAbsent(endpoint.hostPort(), k -> new ArrayDeque<>()).addLast(wake);
  }

  void stopAwaitingIdle(UpstreamEndpoint endpoint, BooleanSupplier wake) {
    ArrayDeque<BooleanSupplier> waiters = idleWaiters.get(endpoint.hostPort());
    if (waiters != null && waiters.remove(wake) && waiters.isEmpty()) {
      idleWaiters.remove(endpoint.hostPort());
    }
  }

  /**
   * Offers an idle connection to the first request of this loop still waiting for one. Called for every
   * connection returned to the pool, so the usual case (nobody waits: no entry) costs one emptiness check.
   */
  void wakeIdleWaiter(String hostPort) {
    if (idleWaiters.isEmpty()) {
      return;
    }
    ArrayDeque<BooleanSupplier> waiters = idleWaiters.get(hostPort);
    if (waiters == null) {
      return;
    }
    BooleanSupplier waiter = waiters.pollFirst();
    while (waiter != null && !waiter.getAsBoolean()) {
      waiter = waiters.pollFirst();
    }
    if (waiters.isEmpty()) {
      idleWaiters.remove(hostPort);
    }
  }

  /** Called when an idle connection closes or misbehaves. */
  void forget(String hostPort, Channel channel) {
    ArrayDeque<Channel> channels = idle.get(hostPort);
    if (channels != null) {
      channels.remove(channel);
    }
  }
}
