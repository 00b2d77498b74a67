package io.aviary.gateway.proxy;

import io.aviary.routing.RouteRef;
import io.aviary.routing.Target;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/** Accumulates what telemetry and the access log need about one exchange while it runs. */
final class ExchangeRecorder {

  private final ProxyRequest request;
  private final long startNanos = System.nanoTime();
  private final long startMillis = System.currentTimeMillis();
  private final Connection connection;
  private final WireBytes wire;
  private final long receivedBefore;
  private final long sentBefore;
  /** Taken at the start: the head is re-stamped HTTP/1.1 for the upstream while the exchange runs. */
  private final String protocol;
  private long requestBodyBytes;
  private int status;
  private String flags = ResponseFlags.NONE;
  private @Nullable Target target;
  private @Nullable UpstreamEndpoint endpoint;
  private @Nullable RouteRef route;

  /**
   * @param receivedBefore the connection's received-byte count when the previous exchange ended, so this one
   *     counts its own head, which the codec has already consumed
   */
  ExchangeRecorder(ProxyRequest request, Connection connection, WireBytes wire, long receivedBefore) {
    this.request = request;
    this.connection = connection;
    this.wire = wire;
    this.receivedBefore = receivedBefore;
    this.sentBefore = wire.sent();
    this.protocol = request.netty().protocolVersion().text();
  }

  String clientAddress() {
    return connection.clientAddress();
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


  CompletedExchange complete(int attempts) {
    HttpHeaders headers = request.netty().headers();
    return new CompletedExchange(
        startMillis,
        System.nanoTime() - startNanos,
        request.method(),
        request.path(),
        protocol,
        request.authority(),
        status,
        flags,
        wire.received() - receivedBefore,
        wire.sent() - sentBefore,
        target,
        endpoint,
        route,
        headers,
        connection.remoteAddress(),
        connection.localAddress(),
        attempts);
  }
}
