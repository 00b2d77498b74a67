package io.aviary.gateway.proxy;

import io.aviary.model.istio.Headers;
import io.aviary.routing.ForwardPolicy;
import io.aviary.routing.PathRewrite;
import io.aviary.routing.RouteDecision;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/**
 * Turns the client's request head into the one sent upstream, in place (the client's copy is not needed
 * again): hop-by-hop headers removed, Envoy's {@code x-forwarded-*}, {@code x-request-id} and attempt count,
 * the rule's rewrite and header operations (destination's first, so the route's win, as in Envoy). Upstreams
 * speak HTTP/1.1 whatever the client spoke, so an HTTP/2 head is stamped HTTP/1.1.
 */
final class UpstreamRequestHead {

  static final AsciiString REQUEST_ID = AsciiString.cached("x-request-id");
  static final AsciiString FORWARDED_FOR = AsciiString.cached("x-forwarded-for");
  static final AsciiString FORWARDED_PROTO = AsciiString.cached("x-forwarded-proto");
  static final AsciiString ATTEMPT_COUNT = AsciiString.cached("x-envoy-attempt-count");
  static final AsciiString ORIGINAL_PATH = AsciiString.cached("x-envoy-original-path");
  private static final AsciiString[] ATTEMPT_NUMBERS = new AsciiString[16];

  static {
    for (int i = 0; i < ATTEMPT_NUMBERS.length; i++) {
      ATTEMPT_NUMBERS[i] = AsciiString.cached(Integer.toString(i));
    }
  }

  /** The attempt number as a header value, without formatting an int per request. */
  static CharSequence attemptNumber(int number) {
    return number < ATTEMPT_NUMBERS.length ? ATTEMPT_NUMBERS[number] : Integer.toString(number);
  }

  private UpstreamRequestHead() {}

  static void prepare(ProxyRequest request, RouteDecision.Forward forward, String clientAddress) {
    HttpRequest head = request.netty();
    HttpHeaders headers = head.headers();
    HeadScan scan = request.scan();
    boolean upgrade = scan.upgrade && isWebSocketUpgrade(headers);
    if (scan.onlyPlainConnection()) {
      headers.remove(HttpHeaderNames.CONNECTION);
    } else if (scan.hopByHop) {
      HopByHop.strip(headers, upgrade);
    }
    if (upgrade) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderNames.UPGRADE);
    }
    if (scan.expectContinue) {
      headers.remove(HttpHeaderNames.EXPECT);
    }
    CharSequence forwardedFor = scan.forwardedFor;
    headers.set(FORWARDED_FOR, forwardedFor == null || forwardedFor.isEmpty()
        ? clientAddress : forwardedFor + "," + clientAddress);
    headers.set(FORWARDED_PROTO, request.scheme());
    if (!scan.requestId) {
      headers.set(REQUEST_ID, RequestIds.next());
    }
    if (!isHttp1(head)) {
      if (!scan.framed() && mayHaveBody(request)) {
        HttpUtil.setTransferEncodingChunked(head, true);
      }
      head.setProtocolVersion(HttpVersion.HTTP_1_1);
    }
    ForwardPolicy policy = forward.policy();
    rewritePath(request, head, policy.rewrite());
    applyHeaderOperations(policy, headers);
  }

  /** HTTP/2 requests carry no framing headers; an HTTP/1.1 upstream needs chunking for any body they have. */
  private static boolean mayHaveBody(ProxyRequest request) {
    String method = request.method();
    return !(method.equals("GET") || method.equals("HEAD") || method.equals("DELETE") || method.equals("OPTIONS"));
  }

  private static boolean isHttp1(HttpRequest head) {
    return head.protocolVersion().text().startsWith("HTTP/1");
  }

  private static void rewritePath(ProxyRequest request, HttpRequest head, PathRewrite rewrite) {
    if (rewrite == null) {
      return;
    }
    String rewritten = rewrite.apply(request.path());
    if (!rewritten.equals(request.path())) {
      head.headers().set(ORIGINAL_PATH, request.path());
      head.setUri(rewritten);
    }
  }

  private static void applyHeaderOperations(ForwardPolicy policy, HttpHeaders headers) {
    Headers destination = policy.destinationHeaders();
    Headers route = policy.routeHeaders();
    HeaderOperationsApplier.apply(destination.request(), headers);
    HeaderOperationsApplier.apply(route.request(), headers);
    String authority = policy.authorityRewrite();
    if (authority == null) {
      authority = HeaderOperationsApplier.authorityOf(route.request());
    }
    if (authority == null) {
      authority = HeaderOperationsApplier.authorityOf(destination.request());
    }
    if (authority != null) {
      headers.set(HttpHeaderNames.HOST, authority);
    }
  }

  static boolean isWebSocketUpgrade(HttpHeaders headers) {
    return headers.contains(HttpHeaderNames.UPGRADE)
        && headers.containsValue(HttpHeaderNames.UPGRADE, "websocket", true)
        && headers.containsValue(HttpHeaderNames.CONNECTION, "upgrade", true);
  }
}
