package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.controller.spec.WeightSchedule;
import java.util.List;

/**
 * What the baselines take from the user's Canary, so that they are judged on the same schedule and thresholds as
 * Aviary: the analysis interval in whole seconds, the weight steps, the failed-check threshold and the checks.
 */
record Schedule(int intervalSeconds, WeightSchedule weights, int threshold, List<MetricCheck> checks) {

  static Schedule of(CanarySpec spec) {
    long seconds = (spec.analysis().interval().toMillis() + 999) / 1000;
    return new Schedule((int) Math.max(1, seconds), spec.analysis().weights(), spec.analysis().threshold(),
        spec.analysis().metrics());
  }

  /** Whether {@code second} (the end of a simulated second, from the first canary traffic) is an analysis tick. */
  boolean isTick(int second) {
    return second % intervalSeconds == 0;
  }

  /** The longest check window in seconds: how much history the Istio series must keep. */
  int longestWindowSeconds() {
    return (int) checks.stream().mapToLong(check -> check.window().toSeconds()).max().orElse(60);
  }
}
