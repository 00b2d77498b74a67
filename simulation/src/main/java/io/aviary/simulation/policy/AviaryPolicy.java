package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;

/** Aviary as configured: the Canary resolved by the controller's own resolver and run by its state machine. */
public record AviaryPolicy(CanarySpec spec) implements Policy {

  @Override
  public String name() {
    return "aviary";
  }

  @Override
  public Rollout start() {
    return new AviaryRollout(spec);
  }
}
