package io.aviary.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Counts the bytes a client connection receives and sends below the HTTP codec, so exchanges report wire bytes
 * (headers and body) as Envoy does, without re-measuring headers per request. Event-loop confined.
 */
public final class WireBytes extends ChannelDuplexHandler {

  private long received;
  private long sent;

  long received() {
    return received;
  }

  long sent() {
    return sent;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf buffer) {
      received += buffer.readableBytes();
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof ByteBuf buffer) {
      sent += buffer.readableBytes();
    }
    ctx.write(msg, promise);
  }
}
