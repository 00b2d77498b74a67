package io.aviary.simulation;

import io.aviary.simulation.policy.AviaryPolicy;
import io.aviary.simulation.policy.FlaggerPolicy;
import io.aviary.simulation.policy.KayentaPolicy;
import io.aviary.simulation.policy.Outcome;
import io.aviary.simulation.policy.Policy;
import io.aviary.simulation.policy.RunDriver;
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

  public static List<Policy> policies(SimulationSettings settings) {
    AviaryPolicy aviary = settings.aviaryTickSeconds() > 0
        ? new AviaryPolicy(settings.canary(), settings.aviaryTickSeconds())
        : new AviaryPolicy(settings.canary());
    return List.of(aviary, new FlaggerPolicy(settings.canary(), false), new KayentaPolicy(settings.canary()));
  }

  /** The results in scenario order, and within a scenario in the order aviary, flagger, kayenta. */
  public static List<ScenarioResult> run(SimulationSettings settings) {
    List<Policy> policies = policies(settings);
    List<Scenario> scenarios = settings.scenarios();
    int runs = settings.runs();
    Outcome[][][] outcomes = new Outcome[scenarios.size()][policies.size()][runs];
    try (ForkJoinPool pool = new ForkJoinPool(settings.threads())) {
      pool.submit(() -> IntStream.range(0, scenarios.size() * runs).parallel().forEach(task -> {
        int s = task / runs;
        int run = task % runs;
        for (int p = 0; p < policies.size(); p++) {
          TrafficGenerator traffic = new TrafficGenerator(settings.seed(), run, scenarios.get(s));
          outcomes[s][p][run] = RunDriver.drive(policies.get(p), traffic);
        }
      })).join();
    }
    List<ScenarioResult> results = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      for (int p = 0; p < policies.size(); p++) {
        results.add(Measures.summarize(policies.get(p).name(), scenarios.get(s), outcomes[s][p]));
      }
    }
    return results;
  }
}
