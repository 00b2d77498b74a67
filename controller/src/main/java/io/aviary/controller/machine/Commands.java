package io.aviary.controller.machine;

import io.aviary.controller.observe.Command;
import io.aviary.controller.status.Phase;

/**
 * Applies a person's commands before the tick's own decisions. A command that does not fit the phase (promote with no
 * run in flight) is recorded as ignored rather than dropped silently.
 */
final class Commands {

  private Commands() {}

  static Step apply(Tick tick, Step step) {
    Step result = step;
    for (Command command : tick.observations().commands()) {
      result = switch (command) {
        case PROMOTE -> promote(tick, result);
        case ROLLBACK -> rollBack(tick, result);
        case PAUSE -> pause(tick, result);
        case RESUME -> resume(tick, result);
      };
    }
    return result;
  }

  private static Step promote(Tick tick, Step step) {
    if (!step.status().phase().isAnalysing()) {
      return ignored(tick, step, "promote");
    }
    Step promoting = step.status(status -> status.withPaused(false).withPendingGate(null)
        .inPhase(Phase.PROMOTING, tick.now()));
    return tick.note(promoting, "PromoteCommand", "promotion ordered; remaining analysis and gates skipped");
  }

  private static Step rollBack(Tick tick, Step step) {
    Phase phase = step.status().phase();
    if (!phase.isAnalysing() && phase != Phase.PROMOTING) {
      return ignored(tick, step, "rollback");
    }
    return Rollback.rollBack(tick, step.status(status -> status.withPaused(false)), "rollback ordered");
  }

  private static Step pause(Tick tick, Step step) {
    if (step.status().paused()) {
      return step;
    }
    return tick.note(step.status(status -> status.withPaused(true)), "Paused",
        "paused at canary weight %d; no checks or weight changes until resumed"
            .formatted(step.status().canaryWeight()));
  }

  private static Step resume(Tick tick, Step step) {
    if (!step.status().paused()) {
      return step;
    }
    Step resumed = step.status(status -> status.withPaused(false).withRun(status.run().progressed(tick.now())));
    return tick.note(resumed, "Resumed", "resumed; the progress deadline counts from now");
  }

  private static Step ignored(Tick tick, Step step, String command) {
    return tick.warn(step, "CommandIgnored",
        "%s ignored: no run to act on in phase %s".formatted(command, step.status().phase().wireName()));
  }
}
