package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;

/**
 * Kayenta's NetflixACAJudge (doc §6.2) judging canary against primary on the Canary's schedule: at each interval a
 * judgement over the growing window since the start, per-step error rates and p99s (six steps per interval), pass 90
 * / marginal 75. {@code warmUpSeconds} is Kayenta's {@code beginCanaryAnalysisAfterMins}: steps within it are left
 * out of every judgement.
 */
public record KayentaPolicy(CanarySpec spec, int warmUpSeconds) implements Policy {

  /** Without a warm-up: every step from the canary's first traffic is judged. */
  public KayentaPolicy(CanarySpec spec) {
    this(spec, 0);
  }

  @Override
  public String name() {
    return "kayenta";
  }

  @Override
  public Rollout rollout() {
    return new KayentaRollout(Schedule.of(spec), warmUpSeconds);
  }
}
