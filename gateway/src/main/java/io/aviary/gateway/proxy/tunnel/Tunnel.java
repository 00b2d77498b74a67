package io.aviary.gateway.proxy.tunnel;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;

/**
 * Splices two connections: what one reads is written to the other. When the other cannot take more, reading
 * pauses until it drains (autoRead, as the proxy does elsewhere); when either closes, the other is flushed and
 * closed, and {@code onClosed} runs once. A tunnel in which neither side has sent anything for the idle timeout is
 * closed, as Envoy ends idle upgraded streams. Both connections must live on the same event loop, which confines
 * all state here to it.
 */
public final class Tunnel {

  private final Runnable onClosed;
  private final long idleTimeoutMillis;
  private boolean closed;
  private long lastActivityNanos = System.nanoTime();

  /** @param idleTimeoutMillis close after this long without a byte either way; 0 or less: never */
  public Tunnel(Runnable onClosed, long idleTimeoutMillis) {
    this.onClosed = onClosed;
    this.idleTimeoutMillis = idleTimeoutMillis;
  }

  /** Starts the idle check on the connections' event loop; call once both relays are installed. */
  public void watchIdle(Channel either, Channel other) {
    if (idleTimeoutMillis > 0) {
      scheduleIdleCheck(either, other, idleTimeoutMillis);
    }
  }

  private void scheduleIdleCheck(Channel either, Channel other, long delayMillis) {
    either.eventLoop().schedule(() -> {
      if (closed || !either.isActive()) {
        return;
      }
      long idleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivityNanos);
      if (idleMillis >= idleTimeoutMillis) {
        either.close();
        other.close();
        return;
      }
      scheduleIdleCheck(either, other, Math.max(1, idleTimeoutMillis - idleMillis));
    }, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** The handler that ends one connection's pipeline and relays what it reads to {@code other}. */
  public ChannelHandler relayTo(Channel other) {
    return new Relay(other);
  }

  private void close(Channel other) {
    other.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    if (!closed) {
      closed = true;
      onClosed.run();
    }
  }

  /** One direction of the tunnel. */
  private final class Relay extends ChannelInboundHandlerAdapter {

    private final Channel other;

    Relay(Channel other) {
      this.other = other;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      lastActivityNanos = System.nanoTime();
      other.write(msg, other.voidPromise());
      if (!other.isWritable()) {
        ctx.channel().config().setAutoRead(false);
        other.flush();
      }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      other.flush();
    }

    /** This side drained or filled up: the other side may read again, or must wait. */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      other.config().setAutoRead(ctx.channel().isWritable());
      ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      close(other);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
