package io.aviary.gateway.proxy;

import io.aviary.routing.Mirror;
import io.aviary.routing.RouteDecision;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Starts the shadow copies a route's {@code mirror}/{@code mirrors} ask for, once the request is complete: each
 * mirror rolls its percentage, picks an endpoint of its own cluster through the same chooser (circuit breakers,
 * balancing) and sends a {@link MirrorRequest}. The Host is left as it is (current Istio disables Envoy's
 * {@code -shadow} suffix). Only requests whose body fit the retry buffer are mirrored: a larger body has
 * already streamed past, and holding it for the shadow would defeat streaming. Those skips are counted.
 * Runs on the client connection's event loop; costs nothing for routes without mirrors.
 */
final class Mirroring {

  /** How long a shadow may take when the route sets no timeout; it holds a connection and a lease meanwhile. */
  static final long DEFAULT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private Mirroring() {}

  /**
   * @param body the buffered request body (the retry buffer), or {@code null} when it did not fit
   * @param routeTimeoutNanos the route's timeout, 0 when it has none
   */
  static void fire(RouteDecision.Forward routed, ProxyRequest request, @Nullable List<HttpContent> body,
      long bodyBytes, String clientAddress, long routeTimeoutNanos, ProxyContext proxy, UpstreamChooser chooser,
      UpstreamPool pool) {
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    for (Mirror mirror : routed.policy().mirrors()) {
      if (!rolls(mirror.percent())) {
        continue;
      }
      if (body == null) {
        proxy.mirrorSkipped();
        continue;
      }
      UpstreamChoice choice = chooser.choose(mirror.target(), request, clientAddress, null);
      if (choice instanceof UpstreamChoice.Chosen chosen) {
        var report = new MirrorRequest.ShadowReport(proxy.observer(), request, mirror.target(), routed.route(),
            startMillis, startNanos, bodyBytes);
        new MirrorRequest(pool, chosen.endpoint(), chosen.lease(), copyOf(request.netty()), copyOf(body), report)
            .send(routeTimeoutNanos > 0 ? routeTimeoutNanos : DEFAULT_TIMEOUT_NANOS);
      }
    }
  }

  private static boolean rolls(double percent) {
    return percent >= 100 || percent > 0 && ThreadLocalRandom.current().nextDouble(100) < percent;
  }

  /** The upstream head as prepared for the main request; copied because attempts keep re-stamping it. */
  private static HttpRequest copyOf(HttpRequest head) {
    return new DefaultHttpRequest(head.protocolVersion(), head.method(), head.uri(), head.headers().copy());
  }

  private static List<HttpContent> copyOf(List<HttpContent> body) {
    List<HttpContent> copy = new ArrayList<>(body.size());
    for (HttpContent chunk : body) {
      copy.add(chunk.retainedDuplicate());
    }
    return copy;
  }
}
