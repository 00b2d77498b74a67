package io.aviary.controller.machine;

import io.aviary.controller.spec.AnalysisPlan;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.spec.Strategy;
import io.aviary.controller.status.CanaryStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks, at the end of a tick, the webhooks whose answers the next tick will read, decided from the status the tick
 * ends in. Asking ahead means a gate's answer is there when the next interval ends, instead of costing an interval.
 */
final class HookPolling {

  private HookPolling() {}

  static Step askForNextTick(Tick tick, Step step) {
    Step asked = step;
    for (HookType type : typesFor(tick.spec().analysis(), step.status())) {
      asked = tick.ask(asked, type);
    }
    return asked;
  }

  private static List<HookType> typesFor(AnalysisPlan plan, CanaryStatus status) {
    List<HookType> types = new ArrayList<>();
    switch (status.phase()) {
      case WAITING -> types.add(HookType.CONFIRM_ROLLOUT);
      case PROGRESSING -> types.addAll(progressing(plan, status));
      case WAITING_PROMOTION -> types.addAll(List.of(HookType.ROLLOUT, HookType.CONFIRM_PROMOTION));
      default -> {
        return List.of();
      }
    }
    types.add(HookType.ROLLBACK);
    return types;
  }

  private static List<HookType> progressing(AnalysisPlan plan, CanaryStatus status) {
    if (!status.run().preRolloutPassed()) {
      return List.of(HookType.PRE_ROLLOUT);
    }
    if (!status.run().trafficStarted()) {
      return List.of();
    }
    boolean canRaise = plan.strategy() == Strategy.CANARY
        && (status.traffic().mirroring() || !plan.weights().reachedMax(status.canaryWeight()));
    return canRaise ? List.of(HookType.ROLLOUT, HookType.CONFIRM_TRAFFIC_INCREASE) : List.of(HookType.ROLLOUT);
  }
}
