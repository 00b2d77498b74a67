package io.aviary.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Counts the bytes a client connection receives and sends below the HTTP codec, so exchanges report wire bytes
 * (headers and body) as Envoy does, without re-measuring headers per request. Event-loop confined. Below an
 * HTTP/2 stream's codec it sees frames instead: it counts DATA payloads, since HPACK-compressed header bytes
 * belong to the connection rather than to one stream.
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
    } else if (msg instanceof ByteBufHolder frame) {
      received += frame.content().readableBytes();
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof ByteBuf buffer) {
      sent += buffer.readableBytes();
    } else if (msg instanceof ByteBufHolder frame) {
      sent += frame.content().readableBytes();
    }
    ctx.write(msg, promise);
  }
}
