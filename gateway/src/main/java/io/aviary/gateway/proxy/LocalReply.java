package io.aviary.gateway.proxy;

import io.aviary.routing.ForwardPolicy;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A response the gateway makes itself, with Envoy's status, response flag and body text. */
record LocalReply(int status, String flag, @Nullable String body, Map<String, String> headers) {

  private static final String RESET_BEFORE_HEADERS = "upstream connect error or disconnect/reset before headers. ";

  static LocalReply noRoute() {
    return new LocalReply(404, ResponseFlags.NO_ROUTE, null, Map.of());
  }

  static LocalReply noCluster() {
    return new LocalReply(503, ResponseFlags.NO_CLUSTER, null, Map.of());
  }

  static LocalReply noHealthyUpstream() {
    return new LocalReply(503, ResponseFlags.NO_HEALTHY_UPSTREAM, "no healthy upstream", Map.of());
  }

  static LocalReply overflow() {
    return new LocalReply(503, ResponseFlags.UPSTREAM_OVERFLOW, RESET_BEFORE_HEADERS + "reset reason: overflow", Map.of());
  }

  static LocalReply connectFailure() {
    return new LocalReply(503, ResponseFlags.UPSTREAM_CONNECTION_FAILURE,
        RESET_BEFORE_HEADERS + "reset reason: connection failure", Map.of());
  }

  static LocalReply connectionTermination() {
    return new LocalReply(503, ResponseFlags.UPSTREAM_CONNECTION_TERMINATION,
        RESET_BEFORE_HEADERS + "reset reason: connection termination", Map.of());
  }

  static LocalReply timeout() {
    return new LocalReply(504, ResponseFlags.UPSTREAM_REQUEST_TIMEOUT, "upstream request timeout", Map.of());
  }

  static LocalReply faultAbort(int status) {
    return new LocalReply(status, ResponseFlags.FAULT_INJECTED, "fault filter abort", Map.of());
  }

  static LocalReply payloadTooLarge() {
    return new LocalReply(413, ResponseFlags.NONE, "Payload Too Large", Map.of());
  }

  static LocalReply badRequest(int status, String why) {
    return new LocalReply(status, ResponseFlags.DOWNSTREAM_PROTOCOL_ERROR, why, Map.of());
  }

  static LocalReply direct(int status, @Nullable String body) {
    return new LocalReply(status, ResponseFlags.NONE, body, Map.of());
  }

  static LocalReply redirect(int status, String location) {
    return new LocalReply(status, ResponseFlags.NONE, null, Map.of("location", location));
  }

  static LocalReply preflight(Map<String, String> corsHeaders) {
    return new LocalReply(200, ResponseFlags.NONE, null, corsHeaders);
  }

  FullHttpResponse toResponse(boolean keepAlive, @Nullable ProxyRequest request, @Nullable ForwardPolicy policy) {
    ByteBuf content = body == null ? Unpooled.EMPTY_BUFFER : Unpooled.copiedBuffer(body, StandardCharsets.UTF_8);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), content);
    var out = response.headers();
    if (body != null) {
      out.set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
    }
    out.setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
    headers.forEach(out::set);
    if (policy != null && request != null) {
      HeaderOperationsApplier.apply(policy.destinationHeaders().response(), out);
      HeaderOperationsApplier.apply(policy.routeHeaders().response(), out);
    }
    if (!keepAlive) {
      out.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    return response;
  }
}
