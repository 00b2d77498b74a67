package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SequentialJudgeTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration TICK = Duration.ofSeconds(10);

  private final SimulatedTraffic traffic = new SimulatedTraffic(7);

  @Test
  void rollsBackAFiveTimesWorseCanaryWithinAFewTicksAndExplainsWhy() {
    Run run = new Run(new SequentialJudge(JudgeConfig.defaults()));

    JudgeVerdict verdict = run.until(Outcome.ROLL_BACK, 12, i -> traffic.withLatency(1000, 10, 0.01, 0.05, 1, 1));

    assertThat(run.ticks).isLessThanOrEqualTo(10);
    assertThat(verdict.reason()).startsWith("errors: canary 5xx rate ").contains("x primary, 99% CS [")
        .contains("e-value").contains("(rollback at 200)").endsWith(": worse");
    MetricReport errors = verdict.metrics().getFirst();
    assertThat(errors.finding()).isEqualTo(Finding.WORSE);
    assertThat(errors.interval().low()).isGreaterThan(1.5);
    assertThat(errors.pValue()).isLessThanOrEqualTo(0.005);
  }

  @Test
  void keepsAHealthyCanaryRunningWithEveryMetricReported() {
    Run run = new Run(new SequentialJudge(JudgeConfig.defaults()));

    for (int i = 0; i < 30; i++) {
      JudgeVerdict verdict = run.tick(traffic.withLatency(1000, 20, 0.005, 0.005, 1, 1));
      assertThat(verdict.outcome()).isEqualTo(Outcome.CONTINUE);
    }
    assertThat(run.last.metrics()).extracting(MetricReport::metric)
        .containsExactly("errors", "latency-p50", "latency-p90", "latency-p99", "split");
  }

  @Test
  void catchesAFiftyPercentSlowerCanaryByItsExceedances() {
    Run run = new Run(new SequentialJudge(JudgeConfig.defaults()));
    run.state = run.judge.start(START, traffic.withLatency(1000, 0, 0.001, 0.001, 1, 1));

    JudgeVerdict verdict = run.until(Outcome.ROLL_BACK, 20, i -> traffic.withLatency(1000, 10, 0.001, 0.001, 1, 1.5));

    assertThat(run.ticks).isLessThanOrEqualTo(3);
    assertThat(verdict.reason()).startsWith("latency-p");
  }

  @Test
  void holdsWhenThereAreNoCountsOrNoCanaryRequests() {
    Run run = new Run(new SequentialJudge(JudgeConfig.defaults()));

    assertThat(run.tick(null).outcome()).isEqualTo(Outcome.HOLD);
    VersionCounts stable = new VersionCounts(1000, 500, LatencyView.NONE);
    JudgeVerdict idle = run.tick(new TickCounts(stable, VersionCounts.NONE, 0));
    assertThat(idle.outcome()).isEqualTo(Outcome.HOLD);
    assertThat(idle.reason()).contains("no canary requests");
    assertThat(run.state.errors().maxLogE()).isZero();
  }

  @Test
  void leavesWarmUpTicksOutOfTheEvidence() {
    JudgeConfig config = new JudgeConfig(0.01, 1.5, 1.5, List.of(), 0.1, Duration.ofSeconds(30), 500, false, 2, 0.05,
        true, 0.001, 0, 0);
    Run run = new Run(new SequentialJudge(config));

    for (int i = 0; i < 3; i++) {
      JudgeVerdict verdict = run.tick(traffic.errorsOnly(1000, 10, 0.001, 0.5));
      assertThat(verdict.outcome()).isEqualTo(Outcome.HOLD);
      assertThat(verdict.metrics()).extracting(MetricReport::finding).containsOnly(Finding.EXCLUDED);
    }
    for (int i = 0; i < 10; i++) {
      assertThat(run.tick(traffic.errorsOnly(1000, 10, 0.001, 0.001)).outcome()).isEqualTo(Outcome.CONTINUE);
    }
    assertThat(run.state.errors().canaryTotal()).isBetween(700L, 1300L);
  }

  @Test
  void haltsWhenTheCanaryGetsThreeTimesItsShare() {
    Run run = new Run(new SequentialJudge(JudgeConfig.defaults()));

    JudgeVerdict verdict = run.until(Outcome.HALT, 10, i -> traffic.errorsOnly(1000, 30, 0.001, 0.001)
        .withWeight(10));

    assertThat(run.ticks).isEqualTo(1);
    assertThat(verdict.reason()).startsWith("requests are not split as configured");
  }

  @Test
  void advancesOnEvidenceOnlyAfterTheStepsMinimumCanaryRequests() {
    JudgeConfig config = new JudgeConfig(0.01, 1.5, 1.5, List.of(90.0), 0.1, Duration.ZERO, 3000, true, 2, 0.05, true,
        0.001, 0, 0);
    Run run = new Run(new SequentialJudge(config));
    run.state = run.judge.start(START, traffic.withLatency(1000, 0, 0.05, 0.05, 1, 1));

    JudgeVerdict verdict = run.until(Outcome.ADVANCE, 40, i -> traffic.withLatency(1000, 50, 0.05, 0.05, 1, 1));

    assertThat(run.state.stepCanaryRequests()).isGreaterThanOrEqualTo(3000);
    assertThat(verdict.reason()).startsWith("every comparison shows the canary less than 1.9x worse after");
  }

  @Test
  void rollsBackACanaryBelowItsSuccessRateSloEvenWhenThePrimaryIsAsBad() {
    JudgeConfig config = new JudgeConfig(0.01, 1.5, 1.5, List.of(), 0.1, Duration.ZERO, 500, false, 2, 0.05, true,
        1e-4, 99, 0);
    Run run = new Run(new SequentialJudge(config));

    JudgeVerdict verdict = run.until(Outcome.ROLL_BACK, 30, i -> traffic.errorsOnly(1000, 20, 0.04, 0.04));

    assertThat(verdict.reason()).startsWith("success-rate: canary 5xx rate ").contains("x the SLO's 1%");
    assertThat(verdict.metrics()).extracting(MetricReport::metric).containsExactly("errors", "success-rate", "split");
  }

  @Test
  void anAbsoluteMarginKeepsAFiveTimesWorseButSmallErrorRateFromRollingBack() {
    JudgeConfig config = new JudgeConfig(0.01, 1.5, 1, List.of(), 0.1, Duration.ZERO, 500, false, 2, 0.05, true,
        1e-4, 0, 2);
    Run run = new Run(new SequentialJudge(config));

    for (int i = 0; i < 30; i++) {
      assertThat(run.tick(traffic.errorsOnly(1000, 20, 0.002, 0.01)).outcome()).isEqualTo(Outcome.CONTINUE);
    }
    assertThat(run.state.errors().maxLogE()).isGreaterThan(Math.log(200));
    assertThat(run.last.metrics()).extracting(MetricReport::metric).startsWith("errors", "errors-margin");
  }

  @Test
  void aRegressionBeyondTheMarginStillRollsBack() {
    JudgeConfig config = new JudgeConfig(0.01, 1.5, 1, List.of(), 0.1, Duration.ZERO, 500, false, 2, 0.05, true,
        1e-4, 0, 0.5);
    Run run = new Run(new SequentialJudge(config));

    JudgeVerdict verdict = run.until(Outcome.ROLL_BACK, 20, i -> traffic.errorsOnly(1000, 20, 0.001, 0.051));

    assertThat(verdict.metrics().get(1).describe()).startsWith("errors-margin: canary 5xx excess over the primary")
        .contains("the 0.5pp margin").endsWith(": worse");
  }

  @Test
  void namesLatencyMetricsByTheirPercentile() {
    JudgeConfig config = new JudgeConfig(0.01, 1.5, 1.5, List.of(99.9, 75.0), 0.1, Duration.ZERO, 500, false, 2,
        0.05, true, 1e-4, 0, 0);
    Run run = new Run(new SequentialJudge(config));
    run.state = run.judge.start(START, traffic.withLatency(2000, 0, 0, 0, 1, 1));

    run.tick(traffic.withLatency(1000, 10, 0, 0, 1, 1));

    assertThat(run.last.metrics()).extracting(MetricReport::metric)
        .containsExactly("errors", "latency-p99.9", "latency-p75", "split");
  }

  @Test
  void fixesLatencyThresholdsFromThePrimaryBeforeTheCanaryIsJudged() {
    SequentialJudge judge = new SequentialJudge(JudgeConfig.defaults());

    JudgeState state = judge.start(START, traffic.withLatency(4000, 0, 0, 0, 1, 1));

    assertThat(state.latencyThresholds()).hasSize(3);
    assertThat(state.latencyThresholds().get(0)).isBetween(45.0, 55.0);
    assertThat(state.latencyThresholds().get(2)).isBetween(130.0, 200.0);
    assertThat(state.latency()).hasSize(3);
  }

  /** Ticks a judge every {@link #TICK}, keeping the state. */
  private static final class Run {
    final SequentialJudge judge;
    JudgeState state;
    JudgeVerdict last;
    Instant now = START;
    int ticks;

    Run(SequentialJudge judge) {
      this.judge = judge;
      this.state = judge.start(START, null);
    }

    JudgeVerdict tick(TickCounts counts) {
      now = now.plus(TICK);
      ticks++;
      JudgeResult result = judge.judge(state, counts, now);
      state = result.state();
      last = result.verdict();
      return last;
    }

    JudgeVerdict until(Outcome wanted, int maxTicks, Function<Integer, TickCounts> counts) {
      for (int i = 0; i < maxTicks; i++) {
        JudgeVerdict verdict = tick(counts.apply(i));
        if (verdict.outcome() == wanted) {
          return verdict;
        }
      }
      throw new AssertionError("no " + wanted + " in " + maxTicks + " ticks; last: " + last);
    }
  }
}
