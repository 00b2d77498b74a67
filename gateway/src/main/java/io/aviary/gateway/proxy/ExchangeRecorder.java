package io.aviary.gateway.proxy;

import io.aviary.routing.RouteRef;
import io.aviary.routing.Target;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.jspecify.annotations.Nullable;

/** Accumulates what telemetry and the access log need about one exchange while it runs. */
final class ExchangeRecorder {

  private final ProxyRequest request;
  private final long startNanos = System.nanoTime();
  private final long startMillis = System.currentTimeMillis();
  private final String clientAddress;
  private final String remote;
  private final String local;
  private final long requestHeaderBytes;
  private long requestBodyBytes;
  private long responseBytes;
  private int status;
  private String flags = ResponseFlags.NONE;
  private @Nullable Target target;
  private @Nullable UpstreamEndpoint endpoint;
  private @Nullable RouteRef route;

  ExchangeRecorder(ProxyRequest request, Channel channel) {
    this.request = request;
    SocketAddress remoteAddress = channel.remoteAddress();
    this.clientAddress = remoteAddress instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress()
        : "";
    this.remote = String.valueOf(remoteAddress);
    this.local = String.valueOf(channel.localAddress());
    this.requestHeaderBytes = headBytes(request);
  }

  private static long headBytes(ProxyRequest request) {
    long bytes = request.netty().method().name().length() + request.netty().uri().length() + 12;
    for (var it = request.netty().headers().iteratorCharSequence(); it.hasNext(); ) {
      var header = it.next();
      bytes += header.getKey().length() + header.getValue().length() + 4;
    }
    return bytes + 2;
  }

  String clientAddress() {
    return clientAddress;
  }

  void route(@Nullable RouteRef ref) {
    this.route = ref;
  }

  void target(Target destination) {
    this.target = destination;
  }

  void endpoint(UpstreamEndpoint chosen) {
    this.endpoint = chosen;
  }

  void flag(String flag) {
    if (!flag.equals(ResponseFlags.NONE)) {
      flags = ResponseFlags.join(flags, flag);
    }
  }

  void requestBody(int bytes) {
    requestBodyBytes += bytes;
  }

  long requestBodyBytes() {
    return requestBodyBytes;
  }

  void responseStatus(int code) {
    this.status = code;
  }

  void responseHeaderBytes(long bytes) {
    responseBytes += bytes;
  }

  void responseBody(int bytes) {
    responseBytes += bytes;
  }

  CompletedExchange complete(int attempts) {
    HttpHeaders headers = request.netty().headers();
    return new CompletedExchange(
        startMillis,
        System.nanoTime() - startNanos,
        request.method(),
        request.path(),
        request.netty().protocolVersion().text(),
        request.authority(),
        status,
        flags,
        requestHeaderBytes + requestBodyBytes,
        responseBytes,
        target,
        endpoint,
        route,
        headers.get(UpstreamRequestHead.REQUEST_ID),
        headers.get(HttpHeaderNames.USER_AGENT),
        headers.get(UpstreamRequestHead.FORWARDED_FOR),
        remote,
        local,
        attempts);
  }
}
