package io.aviary.gateway.proxy;

import io.aviary.gateway.proxy.h1.RelayedBytes;
import io.aviary.gateway.proxy.h1.ResponseHead;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One try of an exchange against one endpoint: takes a pooled connection or opens one, writes the request,
 * and passes the response to the exchange. Knows whether anything of the response arrived, which decides
 * whether a broken connection may be retried.
 */
final class UpstreamAttempt implements UpstreamOwner {

  private final Exchange exchange;
  private final UpstreamPool pool;
  private final UpstreamEndpoint endpoint;
  private final UpstreamLease lease;
  private final int number;
  private final long perTryTimeoutNanos;
  private @Nullable Channel channel;
  private boolean reused;
  private boolean responseSeen;
  private boolean discarding;
  private boolean done;
  private boolean leaseSettled;
  private boolean keepAlive = true;
  private @Nullable ScheduledFuture<?> perTryTimer;
  private @Nullable PendingConnection pending;

  UpstreamAttempt(Exchange exchange, UpstreamPool pool, UpstreamEndpoint endpoint, UpstreamLease lease,
      int number, long perTryTimeoutNanos) {
    this.exchange = exchange;
    this.pool = pool;
    this.endpoint = endpoint;
    this.lease = lease;
    this.number = number;
    this.perTryTimeoutNanos = perTryTimeoutNanos;
  }

  UpstreamEndpoint endpoint() {
    return endpoint;
  }

  /** The lease, settled at most once whatever path the attempt takes. */
  UpstreamLease lease() {
    if (leaseSettled) {
      return UpstreamLease.NONE;
    }
    leaseSettled = true;
    return lease;
  }

  boolean attached() {
    return channel != null && !done;
  }

  void begin() {
    Channel idle = pool.pollIdle(endpoint);
    if (idle != null) {
      endPending();
      reused = true;
      attach(idle);
      return;
    }
    ChannelFuture connecting = pool.connectWithin(endpoint, lease);
    if (connecting == null) {
      if (pending == null) {
        pending = new PendingConnection(lease, pool, endpoint, this::retryAfterWait);
      }
      if (pending.await()) {
        return;
      }
      endPending();
      done = true;
      lease().abandoned();
      exchange.attemptFailed(this, AttemptFailure.OVERFLOW);
      return;
    }
    endPending();
    connecting.addListener(future -> {
      if (done) {
        if (future.isSuccess()) {
          connecting.channel().close();
        }
        return;
      }
      if (future.isSuccess()) {
        attach(connecting.channel());
      } else {
        done = true;
        lease().failed();
        exchange.attemptFailed(this, AttemptFailure.CONNECT_FAILURE);
      }
    });
  }

  /** Woken while pending: try again, or pass the wakeup on when the attempt ended meanwhile. */
  private void retryAfterWait() {
    PendingConnection waiting = pending;
    if (waiting == null) {
      return;
    }
    if (done || !waiting.active()) {
      waiting.passOn();
      return;
    }
    begin();
  }

  private void endPending() {
    PendingConnection waiting = pending;
    if (waiting != null) {
      waiting.end();
    }
  }

  private void attach(Channel upstream) {
    this.channel = upstream;
    UpstreamHandler handler = upstream.pipeline().get(UpstreamHandler.class);
    handler.ownedBy(this);
    handler.decoder().expectResponse(exchange.request().isHead(), exchange.relaysPlainResponses(endpoint));
    upstream.config().setAutoRead(true);
    upstream.write(exchange.upstreamHead(number), upstream.voidPromise());
    exchange.sendBodySoFar(upstream, number);
    if (exchange.requestComplete()) {
      requestCompleted();
    }
  }

  void sendBody(HttpContent content, boolean last) {
    Channel upstream = channel;
    if (upstream == null) {
      content.release();
      return;
    }
    if (last) {
      upstream.writeAndFlush(content, upstream.voidPromise());
    } else {
      upstream.write(content, upstream.voidPromise());
    }
  }

  /** The whole request is written: the per-try timeout starts now, as Envoy's does. */
  void requestCompleted() {
    if (perTryTimeoutNanos > 0 && perTryTimer == null && channel != null) {
      perTryTimer = channel.eventLoop().schedule(this::perTryTimedOut, perTryTimeoutNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void perTryTimedOut() {
    if (done || responseSeen && !discarding) {
      return;
    }
    done = true;
    lease().failed();
    closeChannel();
    exchange.attemptFailed(this, AttemptFailure.PER_TRY_TIMEOUT);
  }

  void flush() {
    Channel upstream = channel;
    if (upstream != null) {
      upstream.flush();
    }
  }

  void setAutoRead(boolean autoRead) {
    Channel upstream = channel;
    if (upstream != null) {
      upstream.config().setAutoRead(autoRead);
    }
  }

  @Override
  public void upstreamRead(Object msg) {
    if (done) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof ResponseHead head) {
      responseSeen = true;
      if (head.informational()) {
        return;
      }
      keepAlive = head.keepAlive();
      cancelPerTryTimer();
      exchange.responseHead(this, head);
      return;
    }
    if (discarding) {
      boolean last = msg instanceof LastHttpContent || msg instanceof RelayedBytes relayed && relayed.last();
      ReferenceCountUtil.release(msg);
      if (last) {
        finishDiscarding();
      }
      return;
    }
    exchange.responseContent(msg);
  }

  @Override
  public void upstreamReadComplete() {
    if (!done && !discarding) {
      exchange.responseFlush();
    }
  }

  @Override
  public void upstreamWritabilityChanged(boolean writable) {
    exchange.upstreamWritabilityChanged(writable);
  }

  @Override
  public void upstreamClosed() {
    if (done) {
      return;
    }
    done = true;
    cancelPerTryTimer();
    if (discarding) {
      return;
    }
    if (!responseSeen) {
      lease().failed();
      exchange.attemptFailed(this, reused ? AttemptFailure.BROKEN_REUSED_CONNECTION : AttemptFailure.RESET);
    } else {
      lease().abandoned();
      exchange.responseBroken();
    }
  }

  /** The exchange will retry: read and drop the rest of this response, then drop the connection. */
  void discardResponse() {
    discarding = true;
  }

  private void finishDiscarding() {
    done = true;
    if (!releaseToPool()) {
      closeChannel();
    }
  }

  /** Hands the connection back to the pool when it can carry another request; false when it cannot. */
  boolean releaseToPool() {
    done = true;
    cancelPerTryTimer();
    Channel upstream = channel;
    if (upstream == null || !keepAlive || !upstream.isActive()) {
      return false;
    }
    UpstreamHandler handler = upstream.pipeline().get(UpstreamHandler.class);
    int maxRequests = lease.maxRequestsPerConnection();
    if (maxRequests > 0 && handler.requestsCarried() >= maxRequests) {
      return false;
    }
    handler.released();
    pool.release(endpoint, upstream);
    return true;
  }

  /** Hands the connection over to a tunnel: the attempt is over, and the connection never returns to the pool. */
  Channel detach() {
    done = true;
    cancelPerTryTimer();
    return java.util.Objects.requireNonNull(channel, "attempt not attached");
  }

  void abandon() {
    if (done) {
      return;
    }
    endPending();
    done = true;
    lease().abandoned();
    closeChannel();
  }

  void close() {
    endPending();
    done = true;
    closeChannel();
  }

  private void closeChannel() {
    cancelPerTryTimer();
    Channel upstream = channel;
    if (upstream != null) {
      UpstreamHandler handler = upstream.pipeline().get(UpstreamHandler.class);
      if (handler != null) {
        handler.released();
      }
      upstream.close();
    }
  }

  private void cancelPerTryTimer() {
    if (perTryTimer != null) {
      perTryTimer.cancel(false);
      perTryTimer = null;
    }
  }
}
