package io.aviary.gateway.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;

/**
 * The socket transport the gateway runs on. A proxy on loopback spends about three quarters of its time in the
 * kernel's send and receive calls, so the transport decides more of its cost than any handler: io_uring submits
 * the sends and receives of many connections in one system call and is preferred; native epoll is next (one call
 * per operation, but no JDK selector garbage); NIO is the fallback where neither native library loads. Kernels or
 * sandboxes that refuse io_uring (seccomp, {@code kernel.io_uring_disabled}) fall through to epoll by themselves.
 *
 * @param name what {@code --transport} calls it
 */
public record Transport(
    String name,
    IoHandlerFactory ioHandlerFactory,
    Class<? extends ServerSocketChannel> serverChannel,
    Class<? extends SocketChannel> clientChannel) {

  /** The names {@code --transport} accepts; {@code auto} is the best available. */
  public static final List<String> NAMES = List.of("auto", "io_uring", "epoll", "nio");

  /** The fastest transport this machine offers. */
  public static Transport best() {
    return available().getFirst();
  }

  /** Every transport that works here, fastest first; NIO always does. */
  public static List<Transport> available() {
    List<Transport> transports = new ArrayList<>(3);
    if (IoUring.isAvailable()) {
      transports.add(ioUring());
    }
    if (Epoll.isAvailable()) {
      transports.add(epoll());
    }
    transports.add(nio());
    return List.copyOf(transports);
  }

  /**
   * The transport called {@code name} (one of {@link #NAMES}).
   *
   * @throws IllegalArgumentException for an unknown name, or a native transport that cannot run here, with why
   */
  public static Transport named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "auto" -> best();
      case "io_uring", "io-uring", "iouring" -> {
        requireAvailable("io_uring", IoUring.isAvailable(), IoUring.unavailabilityCause());
        yield ioUring();
      }
      case "epoll" -> {
        requireAvailable("epoll", Epoll.isAvailable(), Epoll.unavailabilityCause());
        yield epoll();
      }
      case "nio" -> nio();
      default -> throw new IllegalArgumentException(
          "unknown transport '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
    };
  }

  public static Transport nio() {
    return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class, NioSocketChannel.class);
  }

  private static Transport epoll() {
    return new Transport(
        "epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class, EpollSocketChannel.class);
  }

  private static Transport ioUring() {
    return new Transport(
        "io_uring", IoUringIoHandler.newFactory(), IoUringServerSocketChannel.class, IoUringSocketChannel.class);
  }

  private static void requireAvailable(String name, boolean available, Throwable cause) {
    if (!available) {
      throw new IllegalArgumentException("transport " + name + " is not available here: "
          + (cause == null ? "unknown reason" : cause.getMessage()));
    }
  }

  public EventLoopGroup newGroup(int threads, ThreadFactory threadFactory) {
    return new MultiThreadIoEventLoopGroup(threads, threadFactory, ioHandlerFactory);
  }
}
