package io.aviary.controller.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.analysis.JudgeConfig;
import io.aviary.analysis.JudgeResult;
import io.aviary.analysis.LatencyView;
import io.aviary.analysis.SequentialJudge;
import io.aviary.analysis.TickCounts;
import io.aviary.analysis.VersionCounts;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The status, judge state included, is written to the Canary's status as JSON and must come back equal. */
class JudgeStateJsonTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void aStatusWithTheJudgesStateSurvivesAJsonRoundTrip() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    SequentialJudge judge = new SequentialJudge(JudgeConfig.defaults());
    TickCounts tick = new TickCounts(new VersionCounts(900, 3, LatencyView.NONE),
        new VersionCounts(100, 2, LatencyView.NONE), 10);
    JudgeResult judged = judge.judge(judge.start(start, null), tick, start.plusSeconds(10));
    CanaryStatus status = CanaryStatus.initial("v1", "v2", start).withJudge(judged.state());

    String json = mapper.writeValueAsString(status);
    CanaryStatus read = mapper.readValue(json, CanaryStatus.class);

    assertThat(read).isEqualTo(status);
    assertThat(read.judge().errors().canaryEvents()).isEqualTo(2);
    assertThat(json).contains("\"logLikelihood\":[");
  }

  @Test
  void theLatencyLadderAndThresholdsSurviveToo() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    SequentialJudge judge = new SequentialJudge(JudgeConfig.defaults());
    LatencyView latencies = new Fixed(1000, 120, 80);
    TickCounts tick = new TickCounts(new VersionCounts(900, 3, latencies), new VersionCounts(100, 2, latencies), 10);
    JudgeResult judged = judge.judge(judge.start(start, tick), tick, start.plusSeconds(10));
    CanaryStatus status = CanaryStatus.initial("v1", "v2", start).withJudge(judged.state());

    CanaryStatus read = mapper.readValue(mapper.writeValueAsString(status), CanaryStatus.class);

    assertThat(read).isEqualTo(status);
    assertThat(read.judge().p99()).isNotNull();
    assertThat(read.judge().latencyThresholds()).containsExactly(80.0, 80.0, 80.0);
  }

  /** Every request counts as slower than any threshold below {@code slowerThan} ms; every percentile is one value. */
  private record Fixed(long count, double slowerThan, double percentile) implements LatencyView {

    @Override
    public long countSlowerThan(double thresholdMillis) {
      return thresholdMillis < slowerThan ? count / 2 : 0;
    }

    @Override
    public OptionalDouble percentileMillis(double p) {
      return OptionalDouble.of(percentile);
    }
  }
}
