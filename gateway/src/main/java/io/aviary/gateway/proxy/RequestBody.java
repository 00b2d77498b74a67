package io.aviary.gateway.proxy;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpContent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request body of one exchange on its way upstream: chunks that arrived before an upstream connection was
 * ready, and a bounded copy of the body so far for retries and mirrors. Once the body outgrows the replay limit
 * the copy is dropped and the exchange can no longer be retried. Event-loop confined.
 */
final class RequestBody {

  /**
   * How much body is held for an attempt not attached yet before the client is paused (a netty channel's
   * default high-water mark): a request waiting for a connection, or delayed by a fault, must not buffer
   * whatever the client sends meanwhile.
   */
  private static final int HOLD_LIMIT_BYTES = 64 * 1024;

  private final int replayLimit;
  private final ArrayDeque<HttpContent> unsent = new ArrayDeque<>(4);
  private long heldBytes;
  private @Nullable List<HttpContent> replay = new ArrayList<>(2);
  private long replayBytes;

  RequestBody(int replayLimit) {
    this.replayLimit = replayLimit;
  }

  /** Keeps a retained copy for replay while the body fits the limit. */
  void remember(HttpContent content) {
    List<HttpContent> kept = replay;
    if (kept == null) {
      return;
    }
    int size = content.content().readableBytes();
    if (replayBytes + size > replayLimit) {
      releaseAll(kept);
      replay = null;
      return;
    }
    replayBytes += size;
    kept.add(content.retainedDuplicate());
  }

  /** Holds a chunk until an upstream attempt is attached; true when the client should pause until then. */
  boolean hold(HttpContent content) {
    unsent.add(content);
    heldBytes += content.content().readableBytes();
    return heldBytes > HOLD_LIMIT_BYTES;
  }

  /**
   * Writes the body so far to a newly attached attempt: the held chunks on a first attempt, a fresh copy of the
   * whole replay on a retry (held chunks are part of it and are dropped).
   */
  void writeTo(Channel upstream, boolean retry) {
    heldBytes = 0;
    if (retry && replay != null) {
      releaseAll(unsent);
      for (HttpContent chunk : replay) {
        upstream.write(chunk.retainedDuplicate(), upstream.voidPromise());
      }
      return;
    }
    HttpContent chunk;
    while ((chunk = unsent.poll()) != null) {
      upstream.write(chunk, upstream.voidPromise());
    }
  }

  /** Whether the whole body so far can be sent again. */
  boolean replayable() {
    return replay != null;
  }

  boolean nothingHeld() {
    return unsent.isEmpty();
  }

  /** The retained copy of the body for mirrors, or {@code null} when it outgrew the limit. */
  @Nullable List<HttpContent> replayCopy() {
    return replay;
  }

  void release() {
    heldBytes = 0;
    releaseAll(unsent);
    if (replay != null) {
      releaseAll(replay);
      replay = null;
    }
  }

  private static void releaseAll(Collection<HttpContent> contents) {
    if (contents.isEmpty()) {
      return;
    }
    for (HttpContent content : contents) {
      content.release();
    }
    contents.clear();
  }
}
