package io.aviary.controller.status;

import java.time.Instant;

/**
 * The counters of the current run, reset when a new revision starts one. {@code lastProgress} is when the run last
 * moved (started, advanced, or waited on a person); the progress deadline counts from it.
 */
public record RunProgress(
    int failedChecks, int iterations, boolean preRolloutPassed, boolean trafficStarted, Instant lastProgress) {

  public static RunProgress fresh(Instant now, boolean preRolloutPassed) {
    return new RunProgress(0, 0, preRolloutPassed, false, now);
  }

  public RunProgress failedCheck() {
    return new RunProgress(failedChecks + 1, iterations, preRolloutPassed, trafficStarted, lastProgress);
  }

  public RunProgress iterated(Instant now) {
    return new RunProgress(failedChecks, iterations + 1, preRolloutPassed, trafficStarted, now);
  }

  public RunProgress withPreRolloutPassed() {
    return new RunProgress(failedChecks, iterations, true, trafficStarted, lastProgress);
  }

  public RunProgress withTrafficStarted(Instant now) {
    return new RunProgress(failedChecks, iterations, preRolloutPassed, true, now);
  }

  public RunProgress progressed(Instant now) {
    return new RunProgress(failedChecks, iterations, preRolloutPassed, trafficStarted, now);
  }
}
