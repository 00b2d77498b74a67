package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;

/**
 * Flagger's rule (doc §6.1) on the Canary's own schedule and thresholds. {@code nanPasses} switches on the quirk of
 * some Flagger versions where a window whose series exist but saw no request yields NaN, which passes the check;
 * off, "no values" fails it as issue #1090 shows.
 */
public record FlaggerPolicy(CanarySpec spec, boolean nanPasses) implements Policy {

  @Override
  public String name() {
    return "flagger";
  }

  @Override
  public Rollout rollout() {
    return new FlaggerRollout(Schedule.of(spec), nanPasses);
  }
}
