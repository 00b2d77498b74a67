package io.aviary.gateway.proxy;

import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.TimeUnit;

/**
 * Envoy's {@code request_headers_timeout} for one client connection: once bytes of a new request head have
 * arrived, the head must be complete within the limit, else the client is answered 408 and disconnected, so a
 * slowloris client cannot hold a connection by trickling its head. No timer runs when heads arrive whole in one
 * read (the common case): the clock starts only when a read leaves a partial head behind. A partial head that
 * arrives in the same read as the end of an earlier request is left to the idle timeout. Event-loop confined.
 */
final class HeadDeadline {

  private static final long NONE = -1;

  private final long timeoutMillis;
  private long headsSeen;
  private long armedFor = NONE;

  HeadDeadline(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /** A complete head was decoded: whatever clock ran for it stops. */
  void headArrived() {
    headsSeen++;
    armedFor = NONE;
  }

  /** Part of a head is waiting for the rest: starts the clock unless it already runs for this head. */
  void startUnlessRunning(ChannelHandlerContext ctx, Runnable expired) {
    if (timeoutMillis <= 0 || armedFor == headsSeen) {
      return;
    }
    long head = headsSeen;
    armedFor = head;
    ctx.executor().schedule(() -> {
      if (armedFor == head && headsSeen == head && ctx.channel().isActive()) {
        armedFor = NONE;
        expired.run();
      }
    }, timeoutMillis, TimeUnit.MILLISECONDS);
  }
}
