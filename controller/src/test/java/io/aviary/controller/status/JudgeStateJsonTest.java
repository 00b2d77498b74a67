package io.aviary.controller.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.analysis.JudgeConfig;
import io.aviary.analysis.JudgeResult;
import io.aviary.analysis.LatencyView;
import io.aviary.analysis.SequentialJudge;
import io.aviary.analysis.TickCounts;
import io.aviary.analysis.VersionCounts;
import java.time.Instant;
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
}
