package io.aviary.simulation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.simulation.Canaries;
import io.aviary.simulation.SimulatedCanary;
import io.aviary.simulation.policy.AcaJudge.Classification;
import io.aviary.simulation.policy.Outcome.Ending;
import org.junit.jupiter.api.Test;

class KayentaPolicyTest {

  private final KayentaPolicy tutorial = new KayentaPolicy(Canaries.tutorial());

  @Test
  void classifiesAClearlyHigherCanaryAsHigh() {
    double[] canary = {0.05, 0.06, 0.04, 0.07, 0.05, 0.06};
    double[] primary = {0.001, 0.0, 0.002, 0.001, 0.0, 0.001};
    assertThat(AcaJudge.classify(canary, primary)).isEqualTo(Classification.HIGH);
  }

  @Test
  void passesIdenticalOrConstantSeriesAndSaysNoDataForEmptyOnes() {
    double[] same = {1, 2, 3};
    assertThat(AcaJudge.classify(same, same.clone())).isEqualTo(Classification.PASS);
    assertThat(AcaJudge.classify(new double[] {0, 0}, new double[] {0, 0, 0})).isEqualTo(Classification.PASS);
    assertThat(AcaJudge.classify(new double[] {Double.NaN}, same)).isEqualTo(Classification.NODATA);
  }

  @Test
  void scoresOneHighOfTwoMetricsAtFiftyAndIgnoresNoData() {
    assertThat(AcaJudge.score(Classification.PASS, Classification.HIGH)).isEqualTo(50);
    assertThat(AcaJudge.score(Classification.PASS, Classification.NODATA)).isEqualTo(100);
  }

  @Test
  void rarelyRollsBackHealthyCanaries() {
    assertThat(Runs.of(tutorial, "H1", 60, 100).rate(Ending.ROLLED_BACK)).isLessThan(0.05);
  }

  @Test
  void catchesPlusFivePointsAtTheFirstJudgement() {
    Runs runs = Runs.of(tutorial, "E3", 60, 100);
    assertThat(runs.rate(Ending.ROLLED_BACK)).isGreaterThanOrEqualTo(0.95);
    assertThat(runs.seconds(Ending.ROLLED_BACK)[0]).isEqualTo(60);
  }

  @Test
  void leavesTheWarmUpOutOfEveryJudgementAsBeginCanaryAnalysisAfterDoes() {
    var canary = SimulatedCanary.defaultCanary();
    Runs judgedFromTheStart = Runs.of(new KayentaPolicy(canary), "W1", 10, 100);
    Runs afterWarmUp = Runs.of(new KayentaPolicy(canary, 30), "W1", 10, 100);
    assertThat(judgedFromTheStart.rate(Ending.ROLLED_BACK)).isGreaterThan(0.5);
    assertThat(afterWarmUp.rate(Ending.ROLLED_BACK)).isLessThan(0.05);
  }
}
