package io.aviary.simulation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.simulation.Canaries;
import io.aviary.simulation.policy.Outcome.Ending;
import org.junit.jupiter.api.Test;

/** The controller's own state machine driven under the simulated clock. */
class AviaryPolicyTest {

  @Test
  void promotesAHealthyCanaryAfterSevenTicks() {
    Runs runs = Runs.of(new AviaryPolicy(Canaries.thresholds()), "H1", 10, 50);
    assertThat(runs.rate(Ending.PROMOTED)).isGreaterThanOrEqualTo(0.98);
    // Weights 10..50 pass at ticks 1-4, the promotion starts at tick 5, Finalising at 6, Succeeded at 7; a run
    // with a failed check holds a tick longer.
    assertThat(runs.seconds(Ending.PROMOTED)[0]).isEqualTo(70);
  }

  @Test
  void rollsBackAtTheTickOfTheThresholdthFailedCheck() {
    Runs runs = Runs.of(new AviaryPolicy(Canaries.tutorial()), "E3", 60, 50);
    assertThat(runs.rate(Ending.ROLLED_BACK)).isEqualTo(1.0);
    assertThat(runs.seconds(Ending.ROLLED_BACK)).containsExactly(300);
  }

  @Test
  void judgesTheSameThresholdsAsFlaggerOnTheSameTraffic() {
    Runs aviary = Runs.of(new AviaryPolicy(Canaries.tutorial()), "E2", 60, 100);
    Runs flagger = Runs.of(new FlaggerPolicy(Canaries.tutorial(), false), "E2", 60, 100);
    assertThat(aviary.rate(Ending.ROLLED_BACK)).isEqualTo(flagger.rate(Ending.ROLLED_BACK));
  }

  @Test
  void stepsTheMachineAtTheTickItIsGiven() {
    // With threshold checks alone every passing step advances, so a 5-s tick halves the rollout.
    Runs runs = Runs.of(new AviaryPolicy(Canaries.thresholds(), 5), "H1", 10, 20);
    assertThat(runs.seconds(Ending.PROMOTED)[0]).isEqualTo(35);
  }
}
