package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;

/**
 * Kayenta's NetflixACAJudge (doc §6.2) judging canary against primary on the Canary's schedule: at each interval a
 * judgement over the growing window since the start, per-10-s error rates and p99s, pass 90 / marginal 75.
 */
public record KayentaPolicy(CanarySpec spec) implements Policy {

  @Override
  public String name() {
    return "kayenta";
  }

  @Override
  public Rollout rollout() {
    return new KayentaRollout(Schedule.of(spec));
  }
}
