package io.aviary.simulation;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.simulation.policy.AviaryPolicy;
import io.aviary.simulation.policy.FlaggerPolicy;
import io.aviary.simulation.policy.KayentaPolicy;
import io.aviary.simulation.policy.Outcome;
import io.aviary.simulation.policy.Policy;
import io.aviary.simulation.policy.RunDriver;
import io.aviary.simulation.policy.ScenarioCanary;
import io.aviary.simulation.report.Measures;
import io.aviary.simulation.report.ScenarioResult;
import io.aviary.simulation.traffic.Scenario;
import io.aviary.simulation.traffic.TrafficGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs every scenario {@code runs} times under the three policies and summarises them. Each (scenario, run) is one
 * task drawing its traffic from streams keyed by the run, so the tasks may run on any number of threads in any order
 * and the figures stay the same.
 */
public final class Simulation {

  private Simulation() {}

  /** The three policies for {@code scenario}: the same Canary, with the scenario's warm-up window where one applies. */
  public static List<Policy> policies(SimulationSettings settings, Scenario scenario) {
    CanarySpec aviaryCanary = ScenarioCanary.forScenario(settings.canary(), scenario);
    AviaryPolicy aviary = settings.aviaryTickSeconds() > 0
        ? new AviaryPolicy(aviaryCanary, settings.aviaryTickSeconds())
        : new AviaryPolicy(aviaryCanary);
    return List.of(aviary, new FlaggerPolicy(settings.canary(), false),
        new KayentaPolicy(settings.canary(), scenario.warmUpSeconds()));
  }

  /** The results in scenario order, and within a scenario in the order aviary, flagger, kayenta. */
  public static List<ScenarioResult> run(SimulationSettings settings) {
    List<Scenario> scenarios = settings.scenarios();
    List<List<Policy>> policies = scenarios.stream().map(scenario -> policies(settings, scenario)).toList();
    int runs = settings.runs();
    int count = policies.getFirst().size();
    Outcome[][][] outcomes = new Outcome[scenarios.size()][count][runs];
    try (ForkJoinPool pool = new ForkJoinPool(settings.threads())) {
      pool.submit(() -> IntStream.range(0, scenarios.size() * runs).parallel().forEach(task -> {
        int s = task / runs;
        int run = task % runs;
        for (int p = 0; p < count; p++) {
          TrafficGenerator traffic = new TrafficGenerator(settings.seed(), run, scenarios.get(s));
          outcomes[s][p][run] = RunDriver.drive(policies.get(s).get(p), traffic);
        }
      })).join();
    }
    List<ScenarioResult> results = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      for (int p = 0; p < count; p++) {
        results.add(Measures.summarize(policies.get(s).get(p).name(), scenarios.get(s), outcomes[s][p]));
      }
    }
    return results;
  }
}
