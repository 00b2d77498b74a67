package io.aviary.simulation;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.simulation.traffic.Scenario;
import java.util.List;

/**
 * One benchmark: the Canary the policies follow, how many runs per scenario, the seed (the same seed gives the same
 * traffic and so the same figures, whatever {@code threads} is), and which scenarios.
 */
public record SimulationSettings(CanarySpec canary, int runs, long seed, List<Scenario> scenarios, int threads) {

  public SimulationSettings {
    if (runs < 1) {
      throw new IllegalArgumentException("runs: %d (expected: 1 or more)".formatted(runs));
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads: %d (expected: 1 or more)".formatted(threads));
    }
    scenarios = List.copyOf(scenarios);
  }
}
