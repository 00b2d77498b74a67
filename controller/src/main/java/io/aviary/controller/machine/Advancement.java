package io.aviary.controller.machine;

import io.aviary.controller.spec.AnalysisPlan;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.spec.WeightSchedule;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.RunProgress;
import io.aviary.controller.status.TrafficState;

/**
 * What a passing tick moves: the canary weight to its next step (after the confirm-traffic-increase gate), or the
 * iteration count for A/B testing and Blue/Green; at the end of either, the promotion.
 */
final class Advancement {

  private Advancement() {}

  static Step advance(Tick tick, Step step, CheckOutcome outcome) {
    return switch (tick.spec().analysis().strategy()) {
      case CANARY -> raiseWeight(tick, step, outcome);
      case AB_TESTING, BLUE_GREEN -> iterate(tick, step, outcome);
    };
  }

  private static Step raiseWeight(Tick tick, Step step, CheckOutcome outcome) {
    AnalysisPlan plan = tick.spec().analysis();
    WeightSchedule weights = plan.weights();
    TrafficState traffic = step.status().traffic();
    if (!traffic.mirroring() && weights.reachedMax(traffic.canaryWeight())) {
      return Promotion.begin(tick, step, outcome);
    }
    int next = weights.next(traffic.canaryWeight());
    if (!tick.allPassed(HookType.CONFIRM_TRAFFIC_INCREASE)) {
      Step gated = step.status(status -> status.withPendingGate(HookType.CONFIRM_TRAFFIC_INCREASE)
          .withRun(status.run().progressed(tick.now())));
      return tick.record(gated, Severity.NORMAL, "Held", "checks passed; waiting for confirm-traffic-increase to raise "
          + "weight %d to %d".formatted(traffic.canaryWeight(), next), outcome.checks());
    }
    TrafficState raised = traffic.withCanaryWeight(next).withMirroring(false);
    Step advanced = step.with(Routes.during(plan, raised)).status(status -> status.withTraffic(raised)
        .withPendingGate(null).withRun(status.run().progressed(tick.now())));
    return tick.record(advanced, Severity.NORMAL, "Advanced",
        "checks passed; canary weight %d".formatted(next), outcome.checks());
  }

  private static Step iterate(Tick tick, Step step, CheckOutcome outcome) {
    RunProgress run = step.status().run().iterated(tick.now());
    Step counted = step.status(status -> status.withRun(run));
    int planned = tick.spec().analysis().iterations();
    if (run.iterations() >= planned) {
      return Promotion.begin(tick, counted, outcome);
    }
    return tick.record(counted, Severity.NORMAL, "Advanced",
        "checks passed; iteration %d/%d".formatted(run.iterations(), planned), outcome.checks());
  }
}
