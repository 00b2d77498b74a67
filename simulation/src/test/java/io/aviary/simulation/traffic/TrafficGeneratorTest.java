package io.aviary.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.simulation.telemetry.LatencyHistogram;
import org.junit.jupiter.api.Test;

/** The generator's statistics per scenario at fixed seeds, against doc §7's parameters. */
class TrafficGeneratorTest {

  private static final int SECONDS = 20_000;

  @Test
  void healthyTrafficHasTheBaselineRateSplitErrorsAndLatencyQuantiles() {
    Totals totals = Totals.over(scenario("H1"), 50, 0, SECONDS);

    assertThat(totals.requests / (double) SECONDS).isCloseTo(100, within(0.5));
    assertThat(totals.canaryShare()).isCloseTo(0.5, within(0.005));
    assertThat(totals.canaryErrorRate()).isCloseTo(0.001, within(0.00015));
    assertThat(totals.stableErrorRate()).isCloseTo(0.001, within(0.00015));
    assertThat(totals.canaryLatency.quantile(0.5)).isCloseTo(50, within(1.0));
    assertThat(totals.canaryLatency.quantile(0.9)).isCloseTo(95, within(2.0));
    assertThat(totals.canaryLatency.quantile(0.99)).isCloseTo(160, within(4.0));
  }

  @Test
  void errorRegressionsAddTheirPercentagePointsToTheCanaryOnly() {
    assertThat(Totals.over(scenario("E1"), 50, 0, SECONDS).canaryErrorRate()).isCloseTo(0.006, within(0.0004));
    Totals e3 = Totals.over(scenario("E3"), 50, 0, SECONDS);
    assertThat(e3.canaryErrorRate()).isCloseTo(0.051, within(0.001));
    assertThat(e3.stableErrorRate()).isCloseTo(0.001, within(0.00015));
  }

  @Test
  void lateOnsetStartsAtTheFourthInterval() {
    Scenario e4 = Scenarios.byId("E4", 60).orElseThrow();
    assertThat(e4.onsetSecond()).isEqualTo(180);
    assertThat(e4.canary(179, 0).errorRate()).isEqualTo(0.001);
    assertThat(e4.canary(180, 0).errorRate()).isCloseTo(0.051, within(1e-12));
  }

  @Test
  void scaledLatencyMovesEveryQuantile() {
    Totals l2 = Totals.over(scenario("L2"), 50, 0, SECONDS);
    assertThat(l2.canaryLatency.quantile(0.5)).isCloseTo(75, within(1.5));
    assertThat(l2.canaryLatency.quantile(0.99)).isCloseTo(240, within(6.0));
    assertThat(l2.stableLatency.quantile(0.99)).isCloseTo(160, within(4.0));
  }

  @Test
  void tailRegressionsMoveThePercentileNinetyNineButBarelyTheMedian() {
    Totals l2t = Totals.over(scenario("L2t"), 50, 0, SECONDS);
    assertThat(l2t.canaryLatency.quantile(0.5)).isCloseTo(51.7, within(1.0));
    assertThat(l2t.canaryLatency.quantile(0.99)).isCloseTo(240, within(10.0));
  }

  @Test
  void flappingAveragesAboutPointEightPercentagePointsMore() {
    assertThat(Totals.over(scenario("F1"), 50, 0, SECONDS).canaryErrorRate()).isCloseTo(0.00925, within(0.0006));
  }

  @Test
  void driftRaisesBothVersionsToOnePercentAndOnePointFiveTimesTheLatency() {
    Totals late = Totals.over(scenario("H4"), 50, 1200, SECONDS);
    assertThat(late.canaryErrorRate()).isCloseTo(0.01, within(0.0005));
    assertThat(late.stableErrorRate()).isCloseTo(0.01, within(0.0005));
    assertThat(late.stableLatency.quantile(0.5)).isCloseTo(75, within(1.5));
  }

  @Test
  void skewedClientKeepsThePrimarysRateWithClusteredErrors() {
    assertThat(Totals.over(scenario("S1"), 50, 0, 40_000).canaryErrorRate()).isCloseTo(0.001, within(0.00015));
  }

  @Test
  void warmUpStartsAtTwoPercentErrorsAndThreeTimesTheLatency() {
    Conditions first = scenario("W1").canary(0, 0);
    assertThat(first.errorRate()).isCloseTo(0.02, within(1e-12));
    assertThat(Math.exp(first.lnLatencyShift())).isCloseTo(3, within(1e-12));
    assertThat(scenario("W1").canary(30, 0)).isEqualTo(scenario("W1").primary(30));
    assertThat(scenario("W1").warmUpSeconds()).isEqualTo(30);
    assertThat(scenario("E3").warmUpSeconds()).isZero();
  }

  @Test
  void theSameSeedDrawsTheSameTraffic() {
    SecondTraffic a = new SecondTraffic();
    SecondTraffic b = new SecondTraffic();
    new TrafficGenerator(11, 7, scenario("E2")).draw(42, 20, a);
    new TrafficGenerator(11, 7, scenario("E2")).draw(42, 20, b);

    assertThat(a.canary().requests()).isEqualTo(b.canary().requests());
    assertThat(a.canary().errors()).isEqualTo(b.canary().errors());
    assertThat(a.stable().lnLatency(3)).isEqualTo(b.stable().lnLatency(3));
  }

  @Test
  void policiesRoutingDifferentlyStillShareTheFirstRequestsOfASecond() {
    SecondTraffic ten = new SecondTraffic();
    SecondTraffic twenty = new SecondTraffic();
    new TrafficGenerator(11, 7, scenario("H1")).draw(5, 10, ten);
    new TrafficGenerator(11, 7, scenario("H1")).draw(5, 20, twenty);

    int shared = Math.min(ten.canary().requests(), twenty.canary().requests());
    assertThat(shared).isPositive();
    for (int i = 0; i < shared; i++) {
      assertThat(ten.canary().lnLatency(i)).isEqualTo(twenty.canary().lnLatency(i));
    }
  }

  private static Scenario scenario(String id) {
    return Scenarios.byId(id, 10).orElseThrow();
  }

  /** Sums of many seconds of one run at a fixed weight. */
  private static final class Totals {
    long requests;
    long canaryRequests;
    long canaryErrors;
    long stableErrors;
    final LatencyHistogram canaryLatency = new LatencyHistogram();
    final LatencyHistogram stableLatency = new LatencyHistogram();

    static Totals over(Scenario scenario, int weight, int from, int seconds) {
      Totals totals = new Totals();
      TrafficGenerator generator = new TrafficGenerator(5, 1, scenario);
      SecondTraffic second = new SecondTraffic();
      for (int t = from; t < from + seconds; t++) {
        generator.draw(t, weight, second);
        totals.add(second);
      }
      return totals;
    }

    void add(SecondTraffic second) {
      requests += second.canary().requests() + second.stable().requests();
      canaryRequests += second.canary().requests();
      canaryErrors += second.canary().errors();
      stableErrors += second.stable().errors();
      for (int i = 0; i < second.canary().requests(); i++) {
        canaryLatency.record(second.canary().lnLatency(i));
      }
      for (int i = 0; i < second.stable().requests(); i++) {
        stableLatency.record(second.stable().lnLatency(i));
      }
    }

    double canaryShare() {
      return canaryRequests / (double) requests;
    }

    double canaryErrorRate() {
      return canaryErrors / (double) canaryRequests;
    }

    double stableErrorRate() {
      return stableErrors / (double) (requests - canaryRequests);
    }
  }
}
