package io.aviary.gateway.proxy;

import io.aviary.gateway.proxy.h1.DownstreamResponseEncoder;
import io.aviary.routing.ProxyRef;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * The end of a client connection's pipeline. Requests are handled one at a time in arrival order: a request
 * pipelined behind one still in flight waits (and reading pauses) until the first response is complete, so
 * responses can never be reordered. Malformed and smuggling-shaped requests are refused with 400 and the
 * connection is closed, since the framing of what follows cannot be trusted.
 */
public final class DownstreamHandler extends ChannelInboundHandlerAdapter {

  /** Placeholder until the gateway snapshot routes the request at the Gateways serving its port. */
  private static final ProxyRef UNROUTED = ProxyRef.mesh("default");

  private final ProxyContext proxy;
  private final int listenerPort;
  private final String scheme;
  private final ArrayDeque<Object> waiting = new ArrayDeque<>();
  private @Nullable Exchange current;
  private boolean keepAlive = true;
  private @Nullable ChannelHandlerContext context;
  private @Nullable DownstreamResponseEncoder encoder;
  private @Nullable Connection connection;
  private final WireBytes wire;
  private long receivedAtLastEnd;
  private long lastReadNanos = System.nanoTime();
  private final HeadDeadline headDeadline;
  private @Nullable ScheduledFuture<?> idleCheck;

  public DownstreamHandler(ProxyContext proxy, int listenerPort, String scheme, WireBytes wire) {
    this.proxy = proxy;
    this.wire = wire;
    this.listenerPort = listenerPort;
    this.scheme = scheme;
    this.headDeadline = new HeadDeadline(proxy.limits().requestHeadersTimeoutMillis());
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.context = ctx;
    this.encoder = ctx.pipeline().get(DownstreamResponseEncoder.class);
    scheduleIdleCheck(ctx, proxy.limits().idleTimeoutMillis());
  }

  /**
   * Closes the connection once it has had no request in flight and read nothing for the idle timeout. One
   * timer per connection, re-armed for the remaining time, instead of a listener on every write. Cancelled
   * when the connection (or HTTP/2 stream) closes or a tunnel takes over: a pending timer holds the channel,
   * and an HTTP/2 connection opens a stream per request.
   */
  private void scheduleIdleCheck(ChannelHandlerContext ctx, long delayMillis) {
    idleCheck = ctx.executor().schedule(() -> {
      if (!ctx.channel().isActive()) {
        return;
      }
      long idleMillis = (System.nanoTime() - lastReadNanos) / 1_000_000;
      long timeout = proxy.limits().idleTimeoutMillis();
      if (current == null && idleMillis >= timeout) {
        ctx.close();
      } else {
        scheduleIdleCheck(ctx, Math.max(1, timeout - (current == null ? idleMillis : 0)));
      }
    }, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  boolean keepAlive() {
    return keepAlive;
  }

  /** An HTTP/1.1 connection takes relayed response bytes; an HTTP/2 stream needs Netty's response objects. */
  boolean relaysBytes() {
    return encoder != null;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    lastReadNanos = System.nanoTime();
    Exchange active = current;
    if (active != null && active.requestComplete() || !waiting.isEmpty()) {
      waiting.add(msg);
      ctx.channel().config().setAutoRead(false);
      return;
    }
    dispatch(ctx, msg);
  }

  private void dispatch(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest head) {
      headDeadline.headArrived();
      HeadScan scan = HeadScan.of(head);
      if (encoder != null) {
        encoder.answering(head.method());
      }
      if (!accept(ctx, head, scan)) {
        ReferenceCountUtil.release(msg);
        return;
      }
      keepAlive = scan.keepAlive();
      if (scan.expectContinue) {
        ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
      }
      ProxyRequest request = new ProxyRequest(head, scan, listenerPort, scheme, UNROUTED);
      if (connection == null) {
        connection = Connection.of(ctx.channel());
      }
      var recorder = new ExchangeRecorder(request, connection, wire, receivedAtLastEnd);
      Exchange exchange = new Exchange(this, ctx, proxy, request, recorder);
      current = exchange;
      exchange.start();
    }
    if (msg instanceof HttpContent content) {
      Exchange exchange = current;
      if (exchange == null) {
        content.release();
      } else {
        exchange.requestContent(content);
      }
    }
  }

  /** Refuses heads that are malformed, too large, or framed ambiguously (request smuggling). */
  private boolean accept(ChannelHandlerContext ctx, HttpRequest head, HeadScan scan) {
    if (head.decoderResult().isFailure()) {
      Throwable cause = head.decoderResult().cause();
      boolean tooLong = cause instanceof TooLongFrameException;
      int status = tooLong && cause.getMessage() != null && cause.getMessage().contains("line") ? 414
          : tooLong ? 431 : 400;
      refuse(ctx, status, tooLong ? "request header too large" : "malformed request");
      return false;
    }
    HttpHeaders headers = head.headers();
    if (headers.size() > proxy.limits().maxRequestHeaderCount()) {
      refuse(ctx, 431, "too many request headers");
      return false;
    }
    long bodyLimit = proxy.limits().maxRequestBodyBytes();
    if (bodyLimit > 0 && scan.contentLengths > 0 && HttpUtil.getContentLength(head, -1L) > bodyLimit) {
      refuse(ctx, 413, "Payload Too Large");
      return false;
    }
    if (scan.ambiguousFraming()) {
      refuse(ctx, 400, "ambiguous request framing");
      return false;
    }
    return true;
  }

  private void refuse(ChannelHandlerContext ctx, int status, String why) {
    keepAlive = false;
    var response = LocalReply.badRequest(status, why).toResponse(false, null, null);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    waiting.forEach(ReferenceCountUtil::release);
    waiting.clear();
  }

  /** Called by the exchange when its response is complete (or it gave up). */
  void exchangeDone(Exchange exchange, boolean reusable) {
    if (exchange != current) {
      return;
    }
    current = null;
    receivedAtLastEnd = wire.received();
    ChannelHandlerContext ctx = context;
    if (ctx == null) {
      return;
    }
    if (!reusable) {
      keepAlive = false;
      waiting.forEach(ReferenceCountUtil::release);
      waiting.clear();
      ctx.writeAndFlush(io.netty.buffer.Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    while (!waiting.isEmpty() && (current == null || !current.requestComplete())) {
      dispatch(ctx, waiting.poll());
    }
    if (waiting.isEmpty() && (current == null || !current.requestComplete())) {
      ctx.channel().config().setAutoRead(true);
      ctx.read();
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    Exchange exchange = current;
    if (exchange != null) {
      exchange.downstreamReadComplete();
    } else if (waiting.isEmpty() && wire.received() > receivedAtLastEnd && keepAlive) {
      headDeadline.startUnlessRunning(ctx, () -> headTimedOut(ctx));
    }
    ctx.flush();
  }

  /** The client started a request head and did not finish it in time (slowloris): 408, then close. */
  private void headTimedOut(ChannelHandlerContext ctx) {
    if (current == null) {
      refuse(ctx, 408, "request header timeout");
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    Exchange exchange = current;
    if (exchange != null) {
      exchange.downstreamWritabilityChanged(ctx.channel().isWritable());
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    cancelIdleCheck();
  }

  private void cancelIdleCheck() {
    if (idleCheck != null) {
      idleCheck.cancel(false);
      idleCheck = null;
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancelIdleCheck();
    Exchange exchange = current;
    current = null;
    if (exchange != null) {
      exchange.downstreamClosed();
    }
    waiting.forEach(ReferenceCountUtil::release);
    waiting.clear();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

}
