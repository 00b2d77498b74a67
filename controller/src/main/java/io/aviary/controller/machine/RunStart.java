package io.aviary.controller.machine;

import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.controller.status.Phase;
import io.aviary.controller.status.RunProgress;
import io.aviary.controller.status.TrafficState;

/**
 * Starts a run for a canary revision not analysed before, also in the middle of another run (the old candidate is
 * gone, so its counters mean nothing). The stable subset is the status's, which promotion may have changed from the
 * spec's initial one; the canary subset is the spec's.
 */
final class RunStart {

  private RunStart() {}

  static boolean isNewRevision(CanaryStatus status, String revision) {
    return !revision.isEmpty() && !revision.equals(status.appliedRevision());
  }

  static Step start(Tick tick, Step step) {
    String revision = tick.observations().canaryRevision();
    if (revision.equals(step.status().promotedRevision())) {
      return returnedToPromoted(tick, step, revision);
    }
    String stable = step.status().stableSubset();
    String canary = tick.spec().routing().canarySubset();
    Step recorded = step.status(status -> status.withRevisions(revision, status.promotedRevision()));
    if (stable.equals(canary)) {
      return tick.warn(recorded, "NotStarted",
          "revision %s is in subset %s, the stable one; name another canary subset".formatted(revision, canary));
    }
    TrafficState traffic = new TrafficState(stable, canary, 0, false);
    boolean noPreRollout = tick.spec().analysis().hooks(HookType.PRE_ROLLOUT).isEmpty();
    Step reset = recorded.with(Routes.allStable(traffic)).status(status -> status.withTraffic(traffic)
        .withRun(RunProgress.fresh(tick.now(), noPreRollout)).withPendingGate(null).withJudge(null));
    return enterFirstPhase(tick, reset, revision);
  }

  private static Step enterFirstPhase(Tick tick, Step step, String revision) {
    TrafficState traffic = step.status().traffic();
    String subjects = "canary subset %s (revision %s) against stable subset %s"
        .formatted(traffic.canarySubset(), revision, traffic.stableSubset());
    if (tick.spec().skipAnalysis()) {
      return tick.note(step.status(status -> status.inPhase(Phase.PROMOTING, tick.now())), "AnalysisSkipped",
          "skipAnalysis: promoting " + subjects + " without analysis");
    }
    if (!tick.spec().analysis().hooks(HookType.CONFIRM_ROLLOUT).isEmpty()) {
      Step waiting = step.status(status -> status.inPhase(Phase.WAITING, tick.now())
          .withPendingGate(HookType.CONFIRM_ROLLOUT));
      return tick.note(waiting, "Waiting", "new revision; waiting for confirm-rollout before analysing " + subjects);
    }
    return tick.note(step.status(status -> status.inPhase(Phase.PROGRESSING, tick.now())), "Started",
        "new revision; analysing " + subjects);
  }

  /** The canary went back to what was promoted last: nothing to analyse, and a run in flight has no candidate left. */
  private static Step returnedToPromoted(Tick tick, Step step, String revision) {
    Step recorded = step.status(status -> status.withRevisions(revision, status.promotedRevision()));
    if (step.status().phase().isAnalysing()) {
      return Rollback.rollBack(tick, recorded, "the canary returned to the promoted revision " + revision);
    }
    return tick.note(recorded, "Unchanged", "revision %s is the promoted one; no analysis needed".formatted(revision));
  }
}
