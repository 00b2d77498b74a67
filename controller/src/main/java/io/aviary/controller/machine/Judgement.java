package io.aviary.controller.machine;

import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.RunProgress;
import java.time.Duration;

/**
 * Settles a tick whose checks did not all pass. A failed check counts, and {@code threshold} of them (cumulative in a
 * run, as in Flagger) roll the run back. A held tick (no data, backend error, awaited answer) counts nothing; only the
 * progress deadline ends a run that holds for too long.
 */
final class Judgement {

  private Judgement() {}

  static Step settle(Tick tick, Step step, CheckOutcome outcome) {
    return outcome.failed() ? fail(tick, step, outcome) : hold(tick, step, outcome);
  }

  private static Step fail(Tick tick, Step step, CheckOutcome outcome) {
    RunProgress run = step.status().run().failedCheck();
    Step counted = step.status(status -> status.withRun(run));
    String message = "failed checks %d/%d: %s".formatted(run.failedChecks(), tick.threshold(), outcome.reasons());
    counted = tick.record(counted, Severity.WARNING, "CheckFailed", message, outcome.checks());
    if (run.failedChecks() >= tick.threshold()) {
      return Rollback.rollBack(tick, counted, "failed checks threshold %d reached".formatted(tick.threshold()));
    }
    return counted;
  }

  private static Step hold(Tick tick, Step step, CheckOutcome outcome) {
    Duration stalled = Duration.between(step.status().run().lastProgress(), tick.now());
    Duration deadline = tick.spec().progressDeadline();
    Step held = tick.record(step, Severity.WARNING, "Held",
        "weight %d held: %s".formatted(step.status().canaryWeight(), outcome.reasons()), outcome.checks());
    if (stalled.compareTo(deadline) >= 0) {
      return Rollback.rollBack(tick, held, "no progress for %ds (progressDeadlineSeconds %d)"
          .formatted(stalled.toSeconds(), deadline.toSeconds()));
    }
    return held;
  }
}
