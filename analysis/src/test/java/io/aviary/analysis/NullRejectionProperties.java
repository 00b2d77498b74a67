package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Under the null (the canary no worse than tolerated) the rollback rate over a whole run, looking after every tick,
 * stays within alpha (Ville's inequality), also when the split steps up and the common error rate drifts (doc §3.1).
 * Seeds are fixed, so the figures are reproducible; the bound allows three binomial standard deviations above alpha.
 */
class NullRejectionProperties {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final double ALPHA = 0.01;
  private static final int RUNS = 600;
  private static final int TICKS = 40;

  @Property(tries = 6, seed = "20261126")
  void aCanaryAsGoodAsTheToleranceIsRarelyRolledBack(
      @ForAll @DoubleRange(min = 0.001, max = 0.02) @Scale(4) double baseRate,
      @ForAll @DoubleRange(min = 1, max = 2) double tolerance,
      @ForAll @IntRange(min = 1, max = 50) int firstWeight,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    SequentialJudge judge = errorsOnly(tolerance);
    SimulatedTraffic traffic = new SimulatedTraffic(seed);
    int rollbacks = 0;
    for (int run = 0; run < RUNS; run++) {
      rollbacks += rolledBack(judge, traffic, tick -> baseRate * (1 + 0.8 * Math.sin(tick / 5.0)), tolerance,
          firstWeight) ? 1 : 0;
    }

    assertThat(rollbacks).isLessThanOrEqualTo(bound(RUNS));
  }

  @Property(tries = 3, seed = "7")
  void aCanaryBetterThanThePrimaryIsRolledBackEvenLessOften(@ForAll @IntRange(min = 0, max = 1000) int seed) {
    SequentialJudge judge = errorsOnly(1);
    SimulatedTraffic traffic = new SimulatedTraffic(seed);
    int rollbacks = 0;
    for (int run = 0; run < RUNS; run++) {
      rollbacks += rolledBack(judge, traffic, tick -> 0.01, 0.5, 10) ? 1 : 0;
    }

    assertThat(rollbacks).isLessThanOrEqualTo(bound(RUNS));
  }

  private static int bound(int runs) {
    return (int) Math.ceil(runs * ALPHA + 3 * Math.sqrt(runs * ALPHA * (1 - ALPHA)));
  }

  private static SequentialJudge errorsOnly(double tolerance) {
    return new SequentialJudge(new JudgeConfig(ALPHA, tolerance, 1, List.of(), 0, Duration.ZERO, 0, false, 2, 0.05,
        true, 0.001, 0, 0));
  }

  /** One run of {@link #TICKS} ticks of 1,000 requests, the weight doubling every ten ticks up to 50. */
  private static boolean rolledBack(SequentialJudge judge, SimulatedTraffic traffic,
      java.util.function.IntToDoubleFunction primaryRate, double canaryFactor, int firstWeight) {
    JudgeState state = judge.start(START, null);
    for (int tick = 1; tick <= TICKS; tick++) {
      int weight = Math.min(50, firstWeight << ((tick - 1) / 10));
      double rate = primaryRate.applyAsDouble(tick);
      TickCounts counts = traffic.errorsOnly(1000, weight, rate, Math.min(1, rate * canaryFactor));
      JudgeResult result = judge.judge(state, counts, START.plus(Duration.ofSeconds(10L * tick)));
      if (result.verdict().outcome() == Outcome.ROLL_BACK) {
        return true;
      }
      state = result.state();
    }
    return false;
  }
}
