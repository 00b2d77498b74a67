package io.aviary.gateway.proxy;

import io.aviary.routing.ForwardPolicy;
import io.aviary.routing.RouteDecision;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import org.jspecify.annotations.Nullable;

/**
 * Turns an upstream response head into the one sent to the client, in place: hop-by-hop headers removed,
 * framing fixed for the client connection, the rule's response header operations and CORS applied, and the
 * hash cookie issued when the load balancer asked for one.
 */
final class UpstreamResponseHead {

  private UpstreamResponseHead() {}

  static void prepare(
      HttpResponse response,
      HeadScan scan,
      ProxyRequest request,
      RouteDecision.@Nullable Forward forward,
      UpstreamEndpoint endpoint,
      boolean keepAlive) {
    HttpHeaders headers = response.headers();
    boolean switching = response.status().code() == 101;
    if (scan.onlyPlainConnection()) {
      headers.remove(HttpHeaderNames.CONNECTION);
    } else if (scan.hopByHop) {
      HopByHop.strip(headers, switching);
    }
    if (switching) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderNames.UPGRADE);
    } else {
      fixFraming(response, scan, request);
      if (!keepAlive) {
        headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      }
    }
    if (forward != null) {
      ForwardPolicy policy = forward.policy();
      HeaderOperationsApplier.apply(policy.destinationHeaders().response(), headers);
      HeaderOperationsApplier.apply(policy.routeHeaders().response(), headers);
      CorsHeaders.addToResponse(policy.cors(), request, headers);
    }
    if (endpoint.cookieToIssue() != null) {
      headers.add(HttpHeaderNames.SET_COOKIE, endpoint.cookieToIssue());
    }
  }

  /** A close-delimited upstream body cannot be close-delimited to a keep-alive client: chunk it. */
  private static void fixFraming(HttpResponse response, HeadScan scan, ProxyRequest request) {
    int status = response.status().code();
    boolean bodiless = status < 200 || status == 204 || status == 304 || request.method().equals("HEAD");
    if (!bodiless && !scan.framed()) {
      HttpUtil.setTransferEncodingChunked(response, true);
    }
  }

}
