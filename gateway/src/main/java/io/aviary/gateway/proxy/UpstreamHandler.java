package io.aviary.gateway.proxy;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;

/**
 * The end of an upstream connection's pipeline: hands responses to the attempt that owns the connection, or,
 * while the connection sits idle in the pool, closes it on anything unexpected.
 */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

  private @Nullable UpstreamAttempt owner;
  private @Nullable UpstreamPool idlePool;
  private String poolKey = "";

  void ownedBy(UpstreamAttempt attempt) {
    this.owner = attempt;
    this.idlePool = null;
  }

  void idleIn(UpstreamPool pool, String key) {
    this.owner = null;
    this.idlePool = pool;
    this.poolKey = key;
  }

  void released() {
    this.owner = null;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    UpstreamAttempt attempt = owner;
    if (attempt == null) {
      ReferenceCountUtil.release(msg);
      ctx.close();
      return;
    }
    attempt.upstreamRead(msg);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    UpstreamAttempt attempt = owner;
    if (attempt != null) {
      attempt.upstreamReadComplete();
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    UpstreamAttempt attempt = owner;
    if (attempt != null) {
      attempt.upstreamWritabilityChanged(ctx.channel().isWritable());
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    UpstreamAttempt attempt = owner;
    owner = null;
    if (attempt != null) {
      attempt.upstreamClosed();
    } else if (idlePool != null) {
      idlePool.forget(poolKey, ctx.channel());
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
