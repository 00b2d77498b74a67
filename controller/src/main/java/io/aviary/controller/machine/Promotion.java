package io.aviary.controller.machine;

import io.aviary.analysis.Outcome;
import io.aviary.analysis.SequentialJudge;
import io.aviary.controller.action.Action;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.Phase;
import io.aviary.controller.status.TrafficState;

/**
 * From a finished analysis to {@code Succeeded}: the confirm-promotion gate (checks keep running behind it), the
 * traffic shift (at once, or by {@code stepWeightPromotion}), then one tick of {@code Finalising} before the run
 * closes and post-rollout webhooks are asked.
 */
final class Promotion {

  private Promotion() {}

  static Step begin(Tick tick, Step step, CheckOutcome outcome) {
    if (!tick.spec().analysis().hooks(HookType.CONFIRM_PROMOTION).isEmpty()) {
      Step waiting = step.status(status -> status.inPhase(Phase.WAITING_PROMOTION, tick.now())
          .withPendingGate(HookType.CONFIRM_PROMOTION));
      return tick.record(waiting, Severity.NORMAL, "AwaitingPromotion",
          "analysis complete; waiting for confirm-promotion", outcome.checks());
    }
    Step promoting = step.status(status -> status.inPhase(Phase.PROMOTING, tick.now()).withPendingGate(null));
    return tick.record(promoting, Severity.NORMAL, "PromotionStarted",
        "analysis complete; promoting " + step.status().traffic().canarySubset(), outcome.checks());
  }

  /**
   * {@code WaitingPromotion}: a failing check still counts, and a sequential judge keeps judging (its rejection
   * still rolls back); the gate opens only on a passing tick.
   */
  static Step awaitConfirmation(Tick tick, Step unjudged) {
    CheckOutcome outcome = CheckEvaluator.evaluate(tick.spec().analysis().metrics(), tick.observations());
    Step step = unjudged;
    SequentialJudge judge = tick.spec().analysis().judge();
    if (judge != null) {
      SequentialJudgement.Judged judged = SequentialJudgement.judge(tick, unjudged, outcome, judge);
      if (judged.verdict().outcome() == Outcome.ROLL_BACK) {
        return SequentialJudgement.rollBack(tick, judged, judge);
      }
      step = judged.step();
      outcome = judged.outcome();
    }
    if (!outcome.passed()) {
      return Judgement.settle(tick, step, outcome);
    }
    if (tick.allPassed(HookType.CONFIRM_PROMOTION)) {
      Step promoting = step.status(status -> status.inPhase(Phase.PROMOTING, tick.now()).withPendingGate(null));
      return tick.record(promoting, Severity.NORMAL, "PromotionStarted", "confirm-promotion passed", outcome.checks());
    }
    Step held = step.status(status -> status.withRun(status.run().progressed(tick.now())));
    return tick.record(held, Severity.NORMAL, "Held", "checks passed; waiting for confirm-promotion", outcome.checks());
  }

  static Step shiftTraffic(Tick tick, Step step) {
    TrafficState traffic = step.status().traffic();
    int next = tick.spec().analysis().weights().nextPromotion(traffic.canaryWeight());
    if (next < 100) {
      TrafficState raised = traffic.withCanaryWeight(next).withMirroring(false);
      return tick.note(step.with(Routes.promoting(raised)).status(status -> status.withTraffic(raised)),
          "Promoting", "canary weight %d on the way to promotion".formatted(next));
    }
    TrafficState promoted = new TrafficState(traffic.canarySubset(), traffic.stableSubset(), 0, false);
    Step written = step.with(new Action.Promote(traffic.canarySubset(), traffic.stableSubset()))
        .status(status -> status.withTraffic(promoted)
            .withRevisions(status.appliedRevision(), status.appliedRevision())
            .inPhase(Phase.FINALISING, tick.now()));
    return tick.note(written, "Promoted", "all traffic to %s, the stable subset from now on (was %s)"
        .formatted(traffic.canarySubset(), traffic.stableSubset()));
  }

  static Step finish(Tick tick, Step step) {
    Step done = tick.note(step.status(status -> status.inPhase(Phase.SUCCEEDED, tick.now())), "Succeeded",
        "promotion of %s completed".formatted(step.status().stableSubset()));
    return tick.ask(done, HookType.POST_ROLLOUT);
  }
}
