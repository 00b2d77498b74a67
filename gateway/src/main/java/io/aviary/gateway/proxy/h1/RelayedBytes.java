package io.aviary.gateway.proxy.h1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.buffer.Unpooled;

/**
 * Bytes of an upstream response relayed to an HTTP/1.1 client as they are: a relayed head, or a piece of its
 * body with the upstream's own framing. {@link DownstreamResponseEncoder} writes them past Netty's encoder.
 */
public final class RelayedBytes extends DefaultByteBufHolder {

  /** The end of a relayed response that has no body, or whose body ended with the bytes before. */
  static RelayedBytes end() {
    return new RelayedBytes(Unpooled.EMPTY_BUFFER, true);
  }

  private final boolean last;

  RelayedBytes(ByteBuf bytes, boolean last) {
    super(bytes);
    this.last = last;
  }

  /** These bytes end the response. */
  public boolean last() {
    return last;
  }
}
