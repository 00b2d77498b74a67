package io.aviary.controller.machine;

import io.aviary.controller.action.Action.SetWeights;
import io.aviary.controller.spec.AnalysisPlan;
import io.aviary.controller.spec.Strategy;
import io.aviary.controller.status.TrafficState;
import java.util.List;

/** Builds the routing a status stands for, so every weight change is derived the same way from the strategy. */
final class Routes {

  private Routes() {}

  /** Only the stable subset serves: at initialization and when a new run starts. */
  static SetWeights allStable(TrafficState traffic) {
    return new SetWeights(traffic.stableSubset(), traffic.canarySubset(), 0, List.of(), 0, null);
  }

  /**
   * The routes of a running analysis. A/B testing sends every matching request to the canary and leaves the rest
   * on stable; the other strategies split all requests by {@code canaryWeight}, mirroring when asked, and stick
   * canary users to the canary only once it takes a share of the traffic.
   */
  static SetWeights during(AnalysisPlan plan, TrafficState traffic) {
    if (plan.strategy() == Strategy.AB_TESTING) {
      return new SetWeights(traffic.stableSubset(), traffic.canarySubset(), 100, plan.match(), 0, null);
    }
    int mirror = traffic.mirroring() ? plan.mirroring().percent() : 0;
    var affinity = traffic.canaryWeight() > 0 ? plan.sessionAffinity() : null;
    return new SetWeights(traffic.stableSubset(), traffic.canarySubset(), traffic.canaryWeight(), List.of(), mirror,
        affinity);
  }

  /** The routes while promoting in steps: all requests split by the rising canary weight, nothing else added. */
  static SetWeights promoting(TrafficState traffic) {
    return new SetWeights(traffic.stableSubset(), traffic.canarySubset(), traffic.canaryWeight(), List.of(), 0, null);
  }
}
