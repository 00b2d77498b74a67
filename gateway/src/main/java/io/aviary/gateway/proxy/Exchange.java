package io.aviary.gateway.proxy;

import io.aviary.gateway.proxy.h1.RelayedBytes;
import io.aviary.gateway.proxy.h1.ResponseHead;
import io.aviary.model.istio.HttpFaultInjection;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.Target;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One request from its head to the end of its response: routes it, applies the rule's fault and timeout,
 * runs upstream attempts (retrying as the rule allows) and streams the request body to the current attempt.
 * Runs entirely on the client connection's event loop, so it needs no synchronization.
 */
final class Exchange {

  private final DownstreamHandler downstream;
  private final ChannelHandlerContext ctx;
  private final ProxyContext proxy;
  private final RoutingSnapshot snapshot;
  private final ProxyRequest request;
  private final ExchangeRecorder recorder;
  private final RequestBody body;
  private boolean requestComplete;
  private RouteDecision.@Nullable Forward forward;
  private RetryPolicy retry = RetryPolicy.ISTIO_DEFAULT;
  private @Nullable UpstreamAttempt attempt;
  private int attempts;
  private boolean retriedBrokenReuse;
  private boolean forwarding;
  private boolean mirrored;
  private boolean responseStarted;
  private boolean finished;
  private boolean reusableAfterRequest;
  private long bodyBytesAtReply;
  private boolean switchingProtocols;
  private boolean pausedWhileHolding;
  private @Nullable ScheduledFuture<?> routeTimeout;

  Exchange(DownstreamHandler downstream, ChannelHandlerContext ctx, ProxyContext proxy, ProxyRequest request,
      ExchangeRecorder recorder) {
    this.downstream = downstream;
    this.ctx = ctx;
    this.proxy = proxy;
    this.snapshot = proxy.snapshot();
    this.request = request;
    this.recorder = recorder;
    this.body = new RequestBody(proxy.limits().retryBufferBytes());
  }

  boolean requestComplete() {
    return requestComplete;
  }

  ProxyRequest request() {
    return request;
  }

  void start() {
    RouteDecision decision = snapshot.decide(request, ThreadLocalRandom.current());
    switch (decision) {
      case RouteDecision.NoRoute noRoute -> reply(LocalReply.noRoute());
      case RouteDecision.DirectResponse direct -> {
        recorder.route(direct.route());
        reply(LocalReply.direct(direct.status(), direct.body()));
      }
      case RouteDecision.Redirect redirect -> {
        recorder.route(redirect.route());
        reply(LocalReply.redirect(redirect.status(), redirect.location()));
      }
      case RouteDecision.Forward routed -> startForwarding(routed);
    }
  }

  private void startForwarding(RouteDecision.Forward routed) {
    this.forward = routed;
    this.retry = RetryPolicy.of(routed.policy().retries());
    recorder.route(routed.route());
    recorder.target(routed.destination());
    var preflight = CorsHeaders.preflight(routed.policy().cors(), request);
    if (preflight != null) {
      reply(LocalReply.preflight(preflight));
      return;
    }
    UpstreamRequestHead.prepare(request, routed, recorder.clientAddress());
    HttpFaultInjection fault = routed.policy().fault();
    if (fault != null && FaultDecision.aborts(fault)) {
      reply(LocalReply.faultAbort(FaultDecision.abortStatus(fault)));
      return;
    }
    long delayNanos = fault == null ? 0 : FaultDecision.delayNanos(fault);
    if (delayNanos > 0) {
      recorder.flag(ResponseFlags.DELAY_INJECTED);
      ctx.executor().schedule(this::beginAttempts, delayNanos, TimeUnit.NANOSECONDS);
      return;
    }
    beginAttempts();
  }

  private void beginAttempts() {
    if (finished) {
      return;
    }
    forwarding = true;
    armRouteTimeoutWhenReady();
    mirrorWhenReady();
    nextAttempt();
  }

  private void nextAttempt() {
    RouteDecision.Forward routed = forward;
    if (finished || routed == null) {
      return;
    }
    attempts++;
    Target target = routed.destination();
    UpstreamEndpoint previous = attempt == null ? null : attempt.endpoint();
    UpstreamChoice choice = snapshot.upstreams().choose(target, request, recorder.clientAddress(), previous);
    switch (choice) {
      case UpstreamChoice.Chosen chosen -> {
        recorder.endpoint(chosen.endpoint());
        UpstreamAttempt next = new UpstreamAttempt(this, proxy.poolFor(ctx.channel().eventLoop()),
            chosen.endpoint(), chosen.lease(), attempts, retry.perTryTimeoutNanos());
        attempt = next;
        next.begin();
      }
      case UpstreamChoice.UnknownCluster unknown -> reply(LocalReply.noCluster());
      case UpstreamChoice.NoHealthyEndpoint none -> reply(LocalReply.noHealthyUpstream());
      case UpstreamChoice.Overflow overflow -> reply(LocalReply.overflow());
    }
  }

  /** The request head for attempt {@code number}; the same object, re-stamped for each attempt. */
  HttpRequest upstreamHead(int number) {
    HttpRequest head = request.netty();
    head.headers().set(UpstreamRequestHead.ATTEMPT_COUNT, UpstreamRequestHead.attemptNumber(number));
    return head;
  }

  /**
   * Writes the body received so far to a newly attached attempt (a retry replays what earlier ones sent) and
   * flushes it at once: the client may be paused, and with it the read that would otherwise flush.
   */
  void sendBodySoFar(Channel upstream, int number) {
    body.writeTo(upstream, number > 1);
    upstream.flush();
    if (pausedWhileHolding) {
      pausedWhileHolding = false;
      ctx.channel().config().setAutoRead(upstream.isWritable());
    }
  }

  void requestContent(HttpContent content) {
    recorder.requestBody(content.content().readableBytes());
    boolean last = content instanceof LastHttpContent;
    if (finished) {
      content.release();
      if (last) {
        requestComplete = true;
        downstream.exchangeDone(this, reusableAfterRequest);
      } else if (recorder.requestBodyBytes() - bodyBytesAtReply > proxy.limits().retryBufferBytes()) {
        // Answered already: reading a large rest of the body only to drop it is not worth the connection.
        requestComplete = true;
        downstream.exchangeDone(this, false);
      }
      return;
    }
    long limit = proxy.limits().maxRequestBodyBytes();
    if (limit > 0 && recorder.requestBodyBytes() > limit) {
      content.release();
      reply(LocalReply.payloadTooLarge());
      return;
    }
    body.remember(content);
    UpstreamAttempt current = attempt;
    if (current != null && current.attached()) {
      current.sendBody(content, last);
    } else if (body.hold(content) && !pausedWhileHolding) {
      pausedWhileHolding = true;
      ctx.channel().config().setAutoRead(false);
    }
    if (last) {
      requestComplete = true;
      armRouteTimeoutWhenReady();
      mirrorWhenReady();
      if (current != null) {
        current.requestCompleted();
      }
    }
  }

  /**
   * Whether a plain response from {@code endpoint} can be relayed to the client as the upstream's bytes: the
   * client speaks HTTP/1.1 on a connection that can take them, and the rule edits nothing in the response.
   */
  boolean relaysPlainResponses(UpstreamEndpoint endpoint) {
    RouteDecision.Forward routed = forward;
    if (!downstream.relaysBytes() || routed == null || endpoint.cookieToIssue() != null
        || !request.netty().protocolVersion().equals(HttpVersion.HTTP_1_1)) {
      return false;
    }
    var policy = routed.policy();
    return policy.cors() == null && policy.destinationHeaders().response().isEmpty()
        && policy.routeHeaders().response().isEmpty();
  }

  /** A complete response head from the attempt: retried if the policy says so, else sent to the client. */
  void responseHead(UpstreamAttempt from, ResponseHead head) {
    int status = head.status();
    if (canRetry() && retry.retriesStatus(status)) {
      from.lease().responded(status);
      from.discardResponse();
      scheduleRetry();
      return;
    }
    from.lease().responded(status);
    responseStarted = true;
    switchingProtocols = status == 101;
    recorder.responseStatus(status);
    if (head.relayed()) {
      ctx.write(head.relay(ctx.alloc(), !downstream.keepAlive()), ctx.voidPromise());
      return;
    }
    HttpResponse response = head.toHttpResponse();
    UpstreamResponseHead.prepare(response, HeadScan.of(response), request, forward, from.endpoint(),
        downstream.keepAlive());
    ctx.write(response, ctx.voidPromise());
  }

  /** A piece of the response body: {@link HttpContent}, or {@link RelayedBytes} when the head was relayed. */
  void responseContent(Object content) {
    boolean last = content instanceof LastHttpContent || content instanceof RelayedBytes relayed && relayed.last();
    if (last && switchingProtocols && content instanceof HttpContent end && tunnel(end)) {
      return;
    }
    ctx.write(content, ctx.voidPromise());
    if (last) {
      complete();
    }
  }

  /**
   * The upstream switched protocols (WebSocket): from now on bytes are spliced both ways, and the exchange ends,
   * recorded with its 101, when the tunnel closes. The route timeout no longer applies to a long-lived tunnel.
   */
  private boolean tunnel(HttpContent last) {
    UpstreamAttempt current = attempt;
    if (current == null || !UpgradeHandoff.canTunnel(ctx)) {
      return false;
    }
    UpgradeHandoff.start(ctx, current.detach(), last, () -> finish(false), proxy.limits().idleTimeoutMillis());
    if (routeTimeout != null) {
      routeTimeout.cancel(false);
    }
    return true;
  }

  void responseFlush() {
    ctx.flush();
  }

  /** The attempt failed before any response reached the client: retry, or answer as Envoy would. */
  void attemptFailed(UpstreamAttempt from, AttemptFailure failure) {
    if (finished || from != attempt) {
      return;
    }
    if (failure == AttemptFailure.BROKEN_REUSED_CONNECTION && !retriedBrokenReuse && replayable()) {
      retriedBrokenReuse = true;
      attempts--;
      nextAttempt();
      return;
    }
    boolean allowed = switch (failure) {
      case CONNECT_FAILURE -> retry.onConnectFailure();
      case RESET, BROKEN_REUSED_CONNECTION -> retry.onReset();
      case PER_TRY_TIMEOUT -> retry.retriesTimeout();
      case OVERFLOW -> false;
    };
    if (allowed && canRetry()) {
      scheduleRetry();
      return;
    }
    if (attempts > 1 && allowed) {
      recorder.flag(ResponseFlags.UPSTREAM_RETRY_LIMIT_EXCEEDED);
    }
    reply(switch (failure) {
      case CONNECT_FAILURE -> LocalReply.connectFailure();
      case RESET, BROKEN_REUSED_CONNECTION -> LocalReply.connectionTermination();
      case PER_TRY_TIMEOUT -> LocalReply.timeout();
      case OVERFLOW -> LocalReply.overflow();
    });
  }

  /** The upstream broke after the response head went to the client: nothing to answer, close the client. */
  void responseBroken() {
    recorder.flag(ResponseFlags.UPSTREAM_CONNECTION_TERMINATION);
    finish(false);
    ctx.close();
  }

  private boolean canRetry() {
    return !responseStarted && attempts <= retry.retries() && replayable();
  }

  private boolean replayable() {
    return body.replayable()
        || (attempts <= 1 && requestComplete && body.nothingHeld() && recorder.requestBodyBytes() == 0);
  }

  private void scheduleRetry() {
    long backoffMillis = ThreadLocalRandom.current().nextLong(((1L << Math.min(attempts, 4)) - 1) * 25 + 1);
    ctx.executor().schedule(this::nextAttempt, backoffMillis, TimeUnit.MILLISECONDS);
  }

  private void armRouteTimeoutWhenReady() {
    RouteDecision.Forward routed = forward;
    if (!forwarding || !requestComplete || routeTimeout != null || routed == null) {
      return;
    }
    long nanos = IstioDurations.nanos(routed.policy().timeout());
    if (nanos > 0) {
      routeTimeout = ctx.executor().schedule(this::routeTimedOut, nanos, TimeUnit.NANOSECONDS);
    }
  }

  /** Once the request is both on its way upstream and complete, the route's mirrors get their copies. */
  private void mirrorWhenReady() {
    RouteDecision.Forward routed = forward;
    if (mirrored || !forwarding || !requestComplete || finished || routed == null
        || routed.policy().mirrors().isEmpty()) {
      return;
    }
    mirrored = true;
    Mirroring.fire(routed, request, body.replayCopy(), recorder.requestBodyBytes(), recorder.clientAddress(),
        IstioDurations.nanos(routed.policy().timeout()), proxy, snapshot.upstreams(),
        proxy.poolFor(ctx.channel().eventLoop()));
  }

  private void routeTimedOut() {
    if (finished) {
      return;
    }
    UpstreamAttempt current = attempt;
    if (current != null) {
      current.abandon();
    }
    if (responseStarted) {
      recorder.flag(ResponseFlags.UPSTREAM_REQUEST_TIMEOUT);
      finish(false);
      ctx.close();
    } else {
      reply(LocalReply.timeout());
    }
  }

  /** The client went away: stop everything this exchange started. */
  void downstreamClosed() {
    if (finished) {
      return;
    }
    recorder.flag(ResponseFlags.DOWNSTREAM_CONNECTION_TERMINATION);
    UpstreamAttempt current = attempt;
    if (current != null) {
      current.abandon();
    }
    finish(false);
  }

  /**
   * Backpressure, client side: stop reading the upstream while the client cannot take more. Writability counts
   * unflushed bytes too, so pause, then flush: otherwise nothing would drain and reading would never resume.
   * The order matters: a flush that drains below the low-water mark re-enables reading synchronously.
   */
  void downstreamWritabilityChanged(boolean writable) {
    UpstreamAttempt current = attempt;
    if (current != null) {
      current.setAutoRead(writable);
    }
    if (!writable) {
      ctx.flush();
    }
  }

  /** Backpressure, upstream side: stop reading the request body while the upstream cannot take more. */
  void upstreamWritabilityChanged(boolean writable) {
    if (requestComplete) {
      return;
    }
    ctx.channel().config().setAutoRead(writable);
    UpstreamAttempt current = attempt;
    if (!writable && current != null) {
      current.flush();
    }
  }

  void downstreamReadComplete() {
    UpstreamAttempt current = attempt;
    if (current != null) {
      current.flush();
    }
  }

  private void reply(LocalReply reply) {
    if (finished) {
      return;
    }
    if (responseStarted) {
      finish(false);
      ctx.close();
      return;
    }
    UpstreamAttempt current = attempt;
    if (current != null) {
      current.abandon();
    }
    recorder.flag(reply.flag());
    recorder.responseStatus(reply.status());
    // A local reply may go out before the request's end (a GET's empty last chunk comes next); the connection
    // stays usable once the rest of the request has been read and dropped.
    boolean keepAlive = downstream.keepAlive() && reply.status() != 413;
    bodyBytesAtReply = recorder.requestBodyBytes();
    var response = reply.toResponse(keepAlive, request, forward == null ? null : forward.policy());
    ctx.writeAndFlush(response);
    finish(keepAlive);
  }

  private void complete() {
    ctx.flush();
    UpstreamAttempt current = attempt;
    boolean reusable = current != null && requestComplete && current.releaseToPool();
    if (current != null && !reusable) {
      current.close();
    }
    finish(downstream.keepAlive() && requestComplete);
  }

  private void finish(boolean keepAlive) {
    if (finished) {
      return;
    }
    finished = true;
    reusableAfterRequest = keepAlive;
    if (pausedWhileHolding) {
      pausedWhileHolding = false;
      ctx.channel().config().setAutoRead(true);
    }
    if (routeTimeout != null) {
      routeTimeout.cancel(false);
    }
    body.release();
    proxy.observer().completed(recorder.complete(attempts));
    if (requestComplete || !keepAlive) {
      downstream.exchangeDone(this, keepAlive);
    }
  }
}
