package io.aviary.simulation.policy;

import io.aviary.simulation.policy.Outcome.Ending;
import io.aviary.simulation.traffic.Scenario;
import io.aviary.simulation.traffic.Scenarios;
import io.aviary.simulation.traffic.TrafficGenerator;
import java.util.Arrays;

/** Drives one policy through a scenario's first {@code runs} runs at a fixed seed. */
record Runs(Outcome[] outcomes) {

  static Runs of(Policy policy, String scenarioId, int intervalSeconds, int runs) {
    Scenario scenario = Scenarios.byId(scenarioId, intervalSeconds).orElseThrow();
    Outcome[] outcomes = new Outcome[runs];
    for (int run = 0; run < runs; run++) {
      outcomes[run] = RunDriver.drive(policy, new TrafficGenerator(11, run, scenario));
    }
    return new Runs(outcomes);
  }

  double rate(Ending ending) {
    return Arrays.stream(outcomes).filter(outcome -> outcome.ending() == ending).count() / (double) outcomes.length;
  }

  int[] seconds(Ending ending) {
    return Arrays.stream(outcomes).filter(outcome -> outcome.ending() == ending).mapToInt(Outcome::atSecond)
        .distinct().sorted().toArray();
  }
}
