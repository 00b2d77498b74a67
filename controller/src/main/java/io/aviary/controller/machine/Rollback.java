package io.aviary.controller.machine;

import io.aviary.controller.action.Action;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.Phase;
import io.aviary.controller.status.TrafficState;
import java.util.List;

/** Ends a run as failed: all traffic to the stable subset, the run's extra routes removed, post-rollout hooks asked. */
final class Rollback {

  private Rollback() {}

  static Step rollBack(Tick tick, Step step, String reason) {
    TrafficState traffic = step.status().traffic();
    TrafficState restored = traffic.withCanaryWeight(0).withMirroring(false);
    Step rolled = step
        .with(new Action.RollBack(traffic.stableSubset(), traffic.canarySubset(), reason))
        .status(status -> status.withTraffic(restored).withPendingGate(null).inPhase(Phase.FAILED, tick.now()));
    rolled = tick.record(rolled, Severity.WARNING, "RolledBack",
        "Canary %s rolled back, all traffic to %s: %s"
            .formatted(traffic.canarySubset(), traffic.stableSubset(), reason),
        List.of());
    return tick.ask(rolled, HookType.POST_ROLLOUT);
  }
}
