package io.aviary.simulation.policy;

import io.aviary.controller.spec.MetricCheck;
import io.aviary.simulation.telemetry.CanaryWindow;
import io.aviary.simulation.traffic.SecondTraffic;
import java.util.OptionalDouble;

/**
 * Flagger's scheduler loop, reproduced from {@code scheduler.go}: the first tick (time 0) starts the analysis and
 * sets the first weight without checking anything; at every later tick the failed-check threshold is compared
 * first, so a rollback comes one tick after the threshold-th failure; then the built-in checks run over their
 * trailing windows, and a failure (or no values) counts, cumulatively, and holds the weight; when all pass the
 * weight steps up, and at the maximum the promotion starts, followed by one Finalising tick before Succeeded.
 */
final class FlaggerRollout implements Rollout {

  private enum Phase { PROGRESSING, PROMOTING, FINALISING }

  private final Schedule schedule;
  private final boolean nanPasses;
  private final CanaryWindow window;
  private Phase phase = Phase.PROGRESSING;
  private int failedChecks;
  private int weight;
  private String lastFailure = "";
  private String decision = "";

  FlaggerRollout(Schedule schedule, boolean nanPasses) {
    this.schedule = schedule;
    this.nanPasses = nanPasses;
    this.window = new CanaryWindow(schedule.longestWindowSeconds());
    this.weight = schedule.weights().next(0);
  }

  @Override
  public int canaryWeight() {
    return weight;
  }

  @Override
  public String decision() {
    return decision;
  }

  @Override
  public Progress afterSecond(int second, SecondTraffic traffic) {
    window.record(traffic.canary());
    int now = second + 1;
    return schedule.isTick(now) ? tick() : Progress.RUNNING;
  }

  private Progress tick() {
    switch (phase) {
      case PROMOTING -> {
        phase = Phase.FINALISING;
        return Progress.RUNNING;
      }
      case FINALISING -> {
        return Progress.PROMOTED;
      }
      case PROGRESSING -> {
        return progress();
      }
    }
    throw new IllegalStateException("phase " + phase);
  }

  private Progress progress() {
    if (failedChecks >= schedule.threshold()) {
      weight = 0;
      decision = "failed checks %d/%d, last: %s".formatted(failedChecks, schedule.threshold(), lastFailure);
      return Progress.ROLLED_BACK;
    }
    if (!checksPass()) {
      failedChecks++;
      return Progress.RUNNING;
    }
    if (schedule.weights().reachedMax(weight)) {
      phase = Phase.PROMOTING;
    } else {
      weight = schedule.weights().next(weight);
    }
    return Progress.RUNNING;
  }

  private boolean checksPass() {
    for (MetricCheck check : schedule.checks()) {
      OptionalDouble value = IstioQueries.value(check, window);
      if (value.isEmpty()) {
        // No request in the window: Prometheus returns nothing (fails), or NaN once the series exist (the quirk).
        if (nanPasses && window.everServed()) {
          continue;
        }
        lastFailure = "Halt advancement no values found for %s".formatted(check.name());
        return false;
      }
      var violation = check.violation(value.getAsDouble());
      if (violation.isPresent()) {
        lastFailure = violation.get();
        return false;
      }
    }
    return true;
  }
}
