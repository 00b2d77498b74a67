package io.aviary.routing;

import io.aviary.routing.RouteDecision.NoRoute;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An Envoy virtual host: its routes in evaluation order (first match wins) and the 404 to answer when none
 * matches. A host with no routes stands for a lookup that failed before reaching routes (unknown gateway, no
 * server on the port, no domain), so that every lookup ends in a virtual host and decides without branching.
 */
final class VirtualHost {

  private final String domain;
  private final CompiledRoute[] routes;
  private final NoRoute unmatched;

  VirtualHost(String domain, List<CompiledRoute> routes, NoRoute unmatched) {
    this.domain = domain;
    this.routes = routes.toArray(CompiledRoute[]::new);
    this.unmatched = unmatched;
  }

  static VirtualHost routing(String domain, List<CompiledRoute> routes, String where) {
    NoRoute noRule = new NoRoute(NoRouteReason.NO_MATCHING_RULE, "no rule for " + domain + " on " + where + " matched");
    return new VirtualHost(domain, routes, noRule);
  }

  static VirtualHost failing(NoRoute reason) {
    return new VirtualHost("", List.of(), reason);
  }

  RouteDecision decide(RequestView request, RandomGenerator random) {
    for (CompiledRoute route : routes) {
      if (route.block().test(request)) {
        return route.action().decide(request, random);
      }
    }
    return unmatched;
  }

  String domain() {
    return domain;
  }

  List<CompiledRoute> routes() {
    return List.of(routes);
  }

  NoRoute unmatched() {
    return unmatched;
  }
}
