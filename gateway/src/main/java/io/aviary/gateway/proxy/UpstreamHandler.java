package io.aviary.gateway.proxy;

import io.aviary.gateway.proxy.h1.UpstreamResponseDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;

/**
 * The end of an upstream connection's pipeline: hands responses to the attempt that owns the connection, or,
 * while the connection sits idle in the pool, closes it on anything unexpected. Also counts the requests the
 * connection carried, for {@code maxRequestsPerConnection}.
 */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

  private final UpstreamResponseDecoder decoder;
  private @Nullable UpstreamOwner owner;
  private @Nullable UpstreamPool idlePool;
  private String poolKey = "";
  private int requestsCarried;

  UpstreamHandler(UpstreamResponseDecoder decoder) {
    this.decoder = decoder;
  }

  /** The connection's response decoder, told about each request before it goes out. */
  UpstreamResponseDecoder decoder() {
    return decoder;
  }

  /** {@code attempt} sends one request on this connection and reads its response. */
  void ownedBy(UpstreamOwner attempt) {
    this.owner = attempt;
    this.idlePool = null;
    this.requestsCarried++;
  }

  int requestsCarried() {
    return requestsCarried;
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
    UpstreamOwner attempt = owner;
    if (attempt == null) {
      ReferenceCountUtil.release(msg);
      ctx.close();
      return;
    }
    attempt.upstreamRead(msg);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    UpstreamOwner attempt = owner;
    if (attempt != null) {
      attempt.upstreamReadComplete();
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    UpstreamOwner attempt = owner;
    if (attempt != null) {
      attempt.upstreamWritabilityChanged(ctx.channel().isWritable());
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    UpstreamOwner attempt = owner;
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
