package io.aviary.gateway.proxy;

import io.aviary.gateway.proxy.h1.ResponseHead;
import io.aviary.routing.RouteRef;
import io.aviary.routing.Target;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One shadow copy of a request, sent fire-and-forget to a mirror destination: it uses the loop's pool like any
 * attempt, reads and drops the response, settles its lease (so circuit breakers and outlier detection see it)
 * and reports the outcome as a {@linkplain ExchangeObserver#mirrored mirrored exchange} for the destination's
 * metrics. Nothing it does reaches the client's exchange. Confined to one event loop.
 */
final class MirrorRequest implements UpstreamOwner {

  private final UpstreamPool pool;
  private final UpstreamEndpoint endpoint;
  private final UpstreamLease lease;
  private final HttpRequest head;
  private final List<HttpContent> body;
  private final ShadowReport report;
  private @Nullable Channel channel;
  private @Nullable ScheduledFuture<?> timer;
  private int status;
  private boolean keepAlive = true;
  private boolean done;

  /** @param body the whole request body, ending with a {@link LastHttpContent}; this request releases it */
  MirrorRequest(UpstreamPool pool, UpstreamEndpoint endpoint, UpstreamLease lease, HttpRequest head,
      List<HttpContent> body, ShadowReport report) {
    this.pool = pool;
    this.endpoint = endpoint;
    this.lease = lease;
    this.head = head;
    this.body = body;
    this.report = report;
  }

  /** Sends the copy; gives up after {@code timeoutNanos} (the route's timeout, or the mirror default). */
  void send(long timeoutNanos) {
    timer = pool.loop().schedule(this::timedOut, timeoutNanos, TimeUnit.NANOSECONDS);
    Channel idle = pool.pollIdle(endpoint);
    if (idle != null) {
      attach(idle);
      return;
    }
    ChannelFuture connecting = pool.connectWithin(endpoint, lease);
    if (connecting == null) {
      end(503, ResponseFlags.UPSTREAM_OVERFLOW);
      lease.abandoned();
      return;
    }
    connecting.addListener(future -> {
      if (done) {
        connecting.channel().close();
      } else if (future.isSuccess()) {
        attach(connecting.channel());
      } else {
        end(503, ResponseFlags.UPSTREAM_CONNECTION_FAILURE);
        lease.failed();
      }
    });
  }

  private void attach(Channel upstream) {
    channel = upstream;
    UpstreamHandler handler = upstream.pipeline().get(UpstreamHandler.class);
    handler.ownedBy(this);
    handler.decoder().expectResponse(head.method().equals(HttpMethod.HEAD), false);
    upstream.config().setAutoRead(true);
    upstream.write(head, upstream.voidPromise());
    for (HttpContent chunk : body) {
      upstream.write(chunk, upstream.voidPromise());
    }
    body.clear();
    upstream.flush();
  }

  @Override
  public void upstreamRead(Object msg) {
    if (msg instanceof ResponseHead response && !response.informational()) {
      status = response.status();
      keepAlive = response.keepAlive();
    }
    boolean last = msg instanceof LastHttpContent && status != 0;
    ReferenceCountUtil.release(msg);
    if (last && !done) {
      end(status, ResponseFlags.NONE);
      lease.responded(status);
      handBack();
    }
  }

  @Override
  public void upstreamReadComplete() {}

  @Override
  public void upstreamWritabilityChanged(boolean writable) {}

  @Override
  public void upstreamClosed() {
    if (!done) {
      end(503, ResponseFlags.UPSTREAM_CONNECTION_TERMINATION);
      lease.failed();
    }
  }

  private void timedOut() {
    if (!done) {
      end(504, ResponseFlags.UPSTREAM_REQUEST_TIMEOUT);
      lease.abandoned();
      close();
    }
  }

  private void handBack() {
    Channel upstream = channel;
    if (upstream == null) {
      return;
    }
    UpstreamHandler handler = upstream.pipeline().get(UpstreamHandler.class);
    int maxRequests = lease.maxRequestsPerConnection();
    if (!keepAlive || !upstream.isActive() || maxRequests > 0 && handler.requestsCarried() >= maxRequests) {
      close();
      return;
    }
    handler.released();
    pool.release(endpoint, upstream);
  }

  private void close() {
    Channel upstream = channel;
    if (upstream != null) {
      upstream.pipeline().get(UpstreamHandler.class).released();
      upstream.close();
    }
  }

  private void end(int code, String flags) {
    done = true;
    if (timer != null) {
      timer.cancel(false);
    }
    body.forEach(ReferenceCountUtil::release);
    body.clear();
    report.ended(code, flags, endpoint);
  }

  /** What the shadow reports when it ends: the client request's identity, the mirror's target and outcome. */
  record ShadowReport(ExchangeObserver observer, ProxyRequest request, Target target, @Nullable RouteRef route,
      long startMillis, long startNanos, long bodyBytes) {

    void ended(int code, String flags, UpstreamEndpoint endpoint) {
      var headers = request.netty().headers();
      observer.mirrored(new CompletedExchange(startMillis, System.nanoTime() - startNanos, request.method(),
          request.path(), request.netty().protocolVersion().text(), request.authority(), code, flags, bodyBytes, 0,
          target, endpoint, route, headers, "", "", 1));
    }
  }
}
