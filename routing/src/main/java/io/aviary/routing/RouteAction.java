package io.aviary.routing;

import io.aviary.routing.RouteDecision.Forward;
import java.util.random.RandomGenerator;

/** What a matched route does, compiled so that deciding allocates at most the decision itself. */
sealed interface RouteAction {

  RouteDecision decide(RequestView request, RandomGenerator random);

  /** Forward to one of weighted, precomputed decisions. */
  record ForwardTo(WeightedPicker picker) implements RouteAction {
    @Override
    public RouteDecision decide(RequestView request, RandomGenerator random) {
      return picker.pick(random);
    }
  }

  /** A redirect; its location depends on the request, so it is built per request. */
  record RedirectTo(RedirectTemplate template) implements RouteAction {
    @Override
    public RouteDecision decide(RequestView request, RandomGenerator random) {
      return template.redirect(request);
    }
  }

  /** A fixed decision: a direct response, or a route whose configuration can never forward. */
  record Fixed(RouteDecision decision) implements RouteAction {
    @Override
    public RouteDecision decide(RequestView request, RandomGenerator random) {
      return decision;
    }
  }

  /**
   * Istio's default route to a known service: the service port the request arrived on when the service has it,
   * else the service's first port.
   */
  record DefaultService(int[] ports, Forward[] byPort, Forward fallback) implements RouteAction {
    @Override
    public RouteDecision decide(RequestView request, RandomGenerator random) {
      Integer port = request.port();
      if (port != null) {
        for (int i = 0; i < ports.length; i++) {
          if (ports[i] == port) {
            return byPort[i];
          }
        }
      }
      return fallback;
    }
  }
}
