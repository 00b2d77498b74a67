package io.aviary.routing;

import org.jspecify.annotations.Nullable;

/**
 * The answer for one request. Decisions that do not depend on the request (every {@link Forward}, every
 * {@link NoRoute} and {@link DirectResponse}) are built at compile time and returned as they are.
 */
public sealed interface RouteDecision {

  /**
   * Forward to {@code destination}. {@code route} is {@code null} for Istio's default route: a mesh request to a
   * known service that no VirtualService covers.
   */
  record Forward(@Nullable RouteRef route, Target destination, ForwardPolicy policy) implements RouteDecision {}

  /** Answer with a 3xx and {@code location}, computed from the request (query string kept). */
  record Redirect(RouteRef route, int status, String location) implements RouteDecision {}

  /** Answer with {@code status} and {@code body} without contacting any upstream. */
  record DirectResponse(RouteRef route, int status, @Nullable String body) implements RouteDecision {}

  /** 404 with Envoy's {@code NR} flag; {@code detail} names the gateway, port or virtual host concerned. */
  record NoRoute(NoRouteReason reason, String detail) implements RouteDecision {
    public int status() {
      return 404;
    }
  }
}
