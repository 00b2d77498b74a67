package io.aviary.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.simulation.policy.Outcome;
import io.aviary.simulation.policy.Outcome.Ending;
import io.aviary.simulation.traffic.Scenarios;
import org.junit.jupiter.api.Test;

class MeasuresTest {

  @Test
  void countsDetectionsFromTheOnsetAndLeavesHealthyFiguresNull() {
    Outcome[] runs = {
      new Outcome(Ending.ROLLED_BACK, 20, 0, 0, "first"),
      new Outcome(Ending.ROLLED_BACK, 50, 200, 12, ""),
      new Outcome(Ending.ROLLED_BACK, 70, 400, 30, ""),
      new Outcome(Ending.PROMOTED, 70, 500, 40, ""),
    };

    ScenarioResult e4 = Measures.summarize("p", Scenarios.byId("E4", 10).orElseThrow(), runs);

    assertThat(e4.rollbacks()).isEqualTo(3);
    assertThat(e4.rollbackRate()).isEqualTo(0.75);
    assertThat(e4.promotedBad()).isEqualTo(1);
    assertThat(e4.medianDetectSeconds()).isEqualTo(30.0);
    assertThat(e4.medianDetectCanaryRequests()).isEqualTo(300.0);
    assertThat(e4.p90DetectCanaryRequests()).isEqualTo(380.0);
    assertThat(e4.badRequestsServed()).isEqualTo(21.0);
    assertThat(e4.medianPromotionSeconds()).isEqualTo(70.0);
    assertThat(e4.exampleRollback()).isEqualTo("first");
  }

  @Test
  void healthyScenariosHaveNoDetectionFigures() {
    Outcome[] runs = {
      new Outcome(Ending.ROLLED_BACK, 40, 400, 1, "failed checks 5/5"), new Outcome(Ending.UNDECIDED, 3600, 0, 0, "")
    };

    ScenarioResult h1 = Measures.summarize("p", Scenarios.byId("H1", 10).orElseThrow(), runs);

    assertThat(h1.rollbackRate()).isEqualTo(0.5);
    assertThat(h1.promotedBad()).isNull();
    assertThat(h1.medianDetectSeconds()).isNull();
    assertThat(h1.badRequestsServed()).isNull();
    assertThat(h1.medianPromotionSeconds()).isNull();
  }
}
