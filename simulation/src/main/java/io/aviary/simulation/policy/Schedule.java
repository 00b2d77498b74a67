package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.controller.spec.WeightSchedule;
import java.time.Duration;
import java.util.List;

/**
 * What the baselines take from the user's Canary, so that they are judged on the same schedule and thresholds as
 * Aviary: the analysis interval in whole seconds, the weight steps, the failed-check threshold and the checks. A
 * Canary judged by Aviary's sequential judge alone has no threshold checks; Flagger then gets its tutorial's
 * ({@link #TUTORIAL_CHECKS}) rather than checking nothing and promoting every canary.
 */
record Schedule(int intervalSeconds, WeightSchedule weights, int threshold, List<MetricCheck> checks) {

  static final List<MetricCheck> TUTORIAL_CHECKS = List.of(
      new MetricCheck(IstioQueries.SUCCESS_RATE, Duration.ofMinutes(1), 99.0, null, null),
      new MetricCheck(IstioQueries.DURATION, Duration.ofMinutes(1), null, 500.0, null));

  static Schedule of(CanarySpec spec) {
    long seconds = (spec.analysis().interval().toMillis() + 999) / 1000;
    List<MetricCheck> checks = spec.analysis().metrics().isEmpty() ? TUTORIAL_CHECKS : spec.analysis().metrics();
    return new Schedule((int) Math.max(1, seconds), spec.analysis().weights(), spec.analysis().threshold(), checks);
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
