package io.aviary.simulation;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.simulation.policy.AviaryPolicy;
import io.aviary.simulation.traffic.Scenario;
import java.util.List;

/**
 * One benchmark: the Canary the policies follow, how many runs per scenario, the seed (the same seed gives the same
 * traffic and so the same figures, whatever {@code threads} is), which scenarios, and how often the aviary policy's
 * state machine is stepped ({@code aviaryTickSeconds}; 0 for {@link AviaryPolicy#defaultTickSeconds}).
 */
public record SimulationSettings(
    CanarySpec canary, int runs, long seed, List<Scenario> scenarios, int threads, int aviaryTickSeconds) {

  public SimulationSettings(CanarySpec canary, int runs, long seed, List<Scenario> scenarios, int threads) {
    this(canary, runs, seed, scenarios, threads, 0);
  }

  public SimulationSettings {
    if (runs < 1) {
      throw new IllegalArgumentException("runs: %d (expected: 1 or more)".formatted(runs));
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads: %d (expected: 1 or more)".formatted(threads));
    }
    if (aviaryTickSeconds < 0) {
      throw new IllegalArgumentException("aviaryTickSeconds: %d (expected: 0 or more)".formatted(aviaryTickSeconds));
    }
    scenarios = List.copyOf(scenarios);
  }
}
