package io.aviary.simulation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.simulation.Canaries;
import io.aviary.simulation.policy.Outcome.Ending;
import org.junit.jupiter.api.Test;

/** Flagger's rule with its tutorial settings reproduces doc §6.1's preliminary numbers qualitatively. */
class FlaggerPolicyTest {

  private final FlaggerPolicy tutorial = new FlaggerPolicy(Canaries.tutorial(), false);

  @Test
  void promotesAHealthyCanaryAfter420Seconds() {
    Runs runs = Runs.of(tutorial, "H1", 60, 100);
    assertThat(runs.rate(Ending.PROMOTED)).isGreaterThanOrEqualTo(0.99);
    assertThat(runs.seconds(Ending.PROMOTED)).containsExactly(420);
  }

  @Test
  void rollsBackPlusFivePointsAt360SecondsOneTickAfterTheFifthFailedCheck() {
    Runs runs = Runs.of(tutorial, "E3", 60, 100);
    assertThat(runs.rate(Ending.ROLLED_BACK)).isEqualTo(1.0);
    assertThat(runs.seconds(Ending.ROLLED_BACK)).containsExactly(360);
  }

  @Test
  void rollsBackWellOverOnePercentOfHealthyCanariesNearTheThreshold() {
    assertThat(Runs.of(tutorial, "H3", 60, 300).rate(Ending.ROLLED_BACK)).isGreaterThan(0.05);
  }

  @Test
  void catchesPlusOnePointOnlyPartly() {
    assertThat(Runs.of(tutorial, "E2", 60, 200).rate(Ending.ROLLED_BACK)).isBetween(0.3, 0.98);
  }

  @Test
  void neverCatchesDoubledLatencyBecauseTheBlurredPercentileStaysUnder500() {
    assertThat(Runs.of(tutorial, "L3", 60, 50).rate(Ending.ROLLED_BACK)).isZero();
  }

  @Test
  void judgesACanaryWithoutThresholdsByTheTutorialsThresholds() {
    Runs runs = Runs.of(new FlaggerPolicy(Canaries.withoutChecks(), false), "E3", 10, 20);
    assertThat(runs.rate(Ending.ROLLED_BACK)).isEqualTo(1.0);
    assertThat(runs.seconds(Ending.ROLLED_BACK)).containsExactly(60);
  }

  @Test
  void theNanQuirkPassesEmptyWindowsOnceTheSeriesExist() {
    Runs failing = Runs.of(new FlaggerPolicy(Canaries.shortWindows(), false), "H5", 10, 100);
    Runs quirk = Runs.of(new FlaggerPolicy(Canaries.shortWindows(), true), "H5", 10, 100);
    assertThat(failing.rate(Ending.ROLLED_BACK)).isGreaterThan(0.3);
    assertThat(quirk.rate(Ending.ROLLED_BACK)).isLessThan(0.05);
  }
}
