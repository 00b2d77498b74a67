package io.aviary.controller.machine;

import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.controller.status.Phase;
import java.time.Instant;

/**
 * Flagger's canary state machine as a pure function: no I/O and no clock reads, so a test drives a whole rollout
 * tick by tick with chosen instants. The scheduler calls {@link #step} once per analysis interval; the driver carries
 * out the actions and reports webhook answers and commands in the next tick's observations.
 *
 * <p>Order within a tick: suspension, initialization, commands, pause, rollback webhooks, a new revision, then the
 * phase's own work; last, the webhooks the next tick needs are asked.
 */
public final class CanaryStateMachine {

  public Step step(CanarySpec spec, CanaryStatus status, Observations observations, Instant now) {
    Tick tick = new Tick(spec, observations, now);
    Step step = Step.from(status);
    if (spec.suspend()) {
      return frozen(tick, step);
    }
    if (status.phase() == Phase.INITIALIZING) {
      return initialize(tick, step);
    }
    step = Commands.apply(tick, step);
    if (step.status().phase() != status.phase()) {
      return step;
    }
    if (step.status().paused()) {
      return frozen(tick, step);
    }
    return HookPolling.askForNextTick(tick, decide(tick, step));
  }

  private static Step decide(Tick tick, Step step) {
    CanaryStatus status = step.status();
    if (status.phase().isAnalysing()) {
      for (WebhookResult answer : tick.observations().webhooks(HookType.ROLLBACK)) {
        if (answer.passed()) {
          return Rollback.rollBack(tick, step,
              "rollback webhook %s answered %s".formatted(answer.name(), answer.detail()));
        }
      }
    }
    boolean promotionUnderWay = status.phase() == Phase.PROMOTING || status.phase() == Phase.FINALISING;
    if (!promotionUnderWay && RunStart.isNewRevision(status, tick.observations().canaryRevision())) {
      return RunStart.start(tick, step);
    }
    return switch (status.phase()) {
      case WAITING -> confirmRollout(tick, step);
      case PROGRESSING -> Progression.tick(tick, step);
      case WAITING_PROMOTION -> Promotion.awaitConfirmation(tick, step);
      case PROMOTING -> Promotion.shiftTraffic(tick, step);
      case FINALISING -> Promotion.finish(tick, step);
      case INITIALIZING, INITIALIZED, SUCCEEDED, FAILED -> step;
    };
  }

  private static Step initialize(Tick tick, Step step) {
    Step routed = step.with(Routes.allStable(step.status().traffic()))
        .status(status -> status.inPhase(Phase.INITIALIZED, tick.now()));
    return tick.note(routed, "Initialized", "all traffic to stable subset " + step.status().stableSubset());
  }

  /** {@code Waiting}: a confirm-rollout gate waits for a person as long as it takes, so no deadline runs. */
  private static Step confirmRollout(Tick tick, Step step) {
    Step waited = step.status(status -> status.withRun(status.run().progressed(tick.now())));
    if (!tick.allPassed(HookType.CONFIRM_ROLLOUT)) {
      return tick.note(waited, "Held", "waiting for confirm-rollout");
    }
    Step progressing = waited.status(status -> status.withPendingGate(null).inPhase(Phase.PROGRESSING, tick.now()));
    return tick.note(progressing, "RolloutConfirmed", "confirm-rollout passed; starting the analysis");
  }

  /** Suspended or paused: nothing moves, and the deadline clock is held by moving the last progress along. */
  private static Step frozen(Tick tick, Step step) {
    return step.status(status -> status.withRun(status.run().progressed(tick.now())));
  }
}
