package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuantileSequenceTest {

  private final SimulatedTraffic traffic = new SimulatedTraffic(17);

  @Test
  void boundsEachVersionsP99AndSeparatesThemForAFiftyPercentSlowerCanary() {
    // Lognormal, median 50 ms, sigma 0.5: true p99 = 50 exp(0.5 * 2.326) = 160 ms; the canary's is 240 ms.
    QuantileSequence sequence = new QuantileSequence(0.01);
    LatencyLadder ladder = sequence.start(160);
    for (int tick = 0; tick < 40; tick++) {
      TickCounts counts = traffic.withLatency(1000, 50, 0, 0, 1, 1.5);
      ladder = sequence.add(ladder, counts.stable().latency(), counts.canary().latency());
    }

    P99Bounds bounds = sequence.bounds(ladder);

    assertThat(bounds.primary().low()).isLessThanOrEqualTo(160).isGreaterThan(100);
    assertThat(bounds.primary().high()).isGreaterThanOrEqualTo(160).isLessThan(240);
    assertThat(bounds.canary().low()).isGreaterThan(bounds.primary().high());
    assertThat(bounds.canary().high()).isGreaterThanOrEqualTo(240);
    assertThat(bounds.describe()).startsWith("p99, 99% CS: canary [").contains("ms], primary [");
  }

  @Test
  void withFewRequestsTheBoundsStayOpen() {
    QuantileSequence sequence = new QuantileSequence(0.01);
    TickCounts counts = traffic.withLatency(100, 10, 0, 0, 1, 1);

    P99Bounds bounds = sequence.bounds(sequence.add(sequence.start(160), counts.stable().latency(),
        counts.canary().latency()));

    assertThat(bounds.canary().describe()).isEqualTo("[-, -]");
  }

  @Test
  void theJudgeFixesTheLadderWithTheThresholdsAndReportsOnDemand() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    SequentialJudge judge = new SequentialJudge(JudgeConfig.defaults());
    JudgeState state = judge.start(start, traffic.withLatency(2000, 0, 0, 0, 1, 1));
    for (int tick = 1; tick <= 10; tick++) {
      state = judge.judge(state, traffic.withLatency(1000, 20, 0, 0, 1, 1), start.plusSeconds(10L * tick)).state();
    }

    assertThat(judge.p99Bounds(state)).hasValueSatisfying(bounds ->
        assertThat(bounds.primary().high()).isFinite().isGreaterThanOrEqualTo(140));
    assertThat(judge.p99Bounds(judge.start(start, null))).isEmpty();
  }
}
