package io.aviary.gateway.proxy.h2;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Tells HTTP/1.1 from HTTP/2 on one port by the first bytes a client sends: the 24-byte HTTP/2 connection preface
 * ({@code PRI * HTTP/2.0...}) means HTTP/2 with prior knowledge, anything else HTTP/1.1. It installs the chosen
 * protocol's handlers behind itself and leaves; the bytes it held are passed on to them. Usually the first byte
 * decides ({@code G}, {@code P}OST...), so HTTP/1.1 pays nothing after that.
 *
 * <p>A client that connects and sends nothing is closed after {@code decideWithinMillis}, since no HTTP handler
 * is there yet to time it out. Confined to the connection's event loop.
 */
public final class PrefaceSniffer extends ByteToMessageDecoder {

  private static final ByteBuf PREFACE = Http2CodecUtil.connectionPrefaceBuf();
  private static final int PREFACE_LENGTH = PREFACE.readableBytes();

  private final long decideWithinMillis;
  private final Consumer<ChannelPipeline> http1;
  private final Consumer<ChannelPipeline> http2;
  private @Nullable ScheduledFuture<?> deadline;

  /**
   * @param http1 adds the HTTP/1.1 handlers at the end of the pipeline
   * @param http2 adds the HTTP/2 handlers at the end of the pipeline
   */
  public PrefaceSniffer(long decideWithinMillis, Consumer<ChannelPipeline> http1, Consumer<ChannelPipeline> http2) {
    this.decideWithinMillis = decideWithinMillis;
    this.http1 = http1;
    this.http2 = http2;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    if (decideWithinMillis > 0) {
      deadline = ctx.executor().schedule(() -> {
        ctx.close();
      }, decideWithinMillis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int compared = Math.min(in.readableBytes(), PREFACE_LENGTH);
    if (!ByteBufUtil.equals(in, in.readerIndex(), PREFACE, 0, compared)) {
      choose(ctx, http1);
    } else if (compared == PREFACE_LENGTH) {
      choose(ctx, http2);
    }
  }

  private void choose(ChannelHandlerContext ctx, Consumer<ChannelPipeline> protocol) {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
    protocol.accept(ctx.pipeline());
    ctx.pipeline().remove(this);
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    if (deadline != null) {
      deadline.cancel(false);
    }
  }
}
