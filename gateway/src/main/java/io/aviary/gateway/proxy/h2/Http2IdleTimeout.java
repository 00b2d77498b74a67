package io.aviary.gateway.proxy.h2;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http2.Http2FrameCodec;
import java.util.concurrent.TimeUnit;

/**
 * Envoy's connection idle timeout for HTTP/2 clients: a connection with no active stream that has read nothing for
 * the timeout is closed (the frame codec sends GOAWAY first). Each stream's own inactivity is its stream
 * handler's business; this one only ends connections nobody uses, which would otherwise stay open forever.
 * Runs on the connection's event loop: one scheduled check at a time, no timer per frame.
 */
final class Http2IdleTimeout extends ChannelInboundHandlerAdapter {

  private final long timeoutMillis;
  private long lastReadNanos = System.nanoTime();

  Http2IdleTimeout(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    schedule(ctx, timeoutMillis);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    lastReadNanos = System.nanoTime();
    ctx.fireChannelRead(msg);
  }

  private void schedule(ChannelHandlerContext ctx, long delayMillis) {
    ctx.executor().schedule(() -> check(ctx), delayMillis, TimeUnit.MILLISECONDS);
  }

  private void check(ChannelHandlerContext ctx) {
    if (!ctx.channel().isActive()) {
      return;
    }
    Http2FrameCodec codec = ctx.pipeline().get(Http2FrameCodec.class);
    int activeStreams = codec == null ? 0 : codec.connection().numActiveStreams();
    long idleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastReadNanos);
    if (activeStreams == 0 && idleMillis >= timeoutMillis) {
      ctx.close();
      return;
    }
    schedule(ctx, Math.max(1, timeoutMillis - (activeStreams == 0 ? idleMillis : 0)));
  }
}
