package io.aviary.embedded.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.port.MetricQuery;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.model.ResourceId;
import io.aviary.model.flagger.CrossNamespaceRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentQueryResultsTest {

  private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");
  private static final MetricCheck ERROR_RATE = new MetricCheck("error-rate", Duration.ofMinutes(1), null, 1.0,
      new CrossNamespaceRef(null, "MetricTemplate", "error-rate", "istio-system"));
  private static final MetricCheck LATENCY = new MetricCheck("latency", Duration.ofMinutes(1), null, 500.0,
      new CrossNamespaceRef(null, "MetricTemplate", "latency", "istio-system"));

  private final List<Instant> asked = new ArrayList<>();
  private Instant now = START;
  private final RecentQueryResults results = new RecentQueryResults(query -> {
    asked.add(now);
    return new QueryResult.Value(asked.size());
  });

  private static MetricQuery query(MetricCheck check, String canarySubset) {
    return new MetricQuery(new ResourceId("Canary", "default", "next"), check, "next-v2", canarySubset, "v1");
  }

  private QueryResult tickAt(Duration sinceStart, MetricQuery query, Duration interval) {
    now = START.plus(sinceStart);
    return results.query(query, interval, now);
  }

  @Test
  void aCanaryTickingEverySecondAsksPrometheusEveryTenSecondsAtMost() {
    MetricQuery query = query(ERROR_RATE, "v2");
    for (int second = 0; second < 30; second++) {
      tickAt(Duration.ofSeconds(second), query, Duration.ofMinutes(1));
    }
    assertThat(asked).containsExactly(START, START.plusSeconds(10), START.plusSeconds(20));
  }

  @Test
  void aShortIntervalReusesAnAnswerForHalfOfIt() {
    MetricQuery query = query(ERROR_RATE, "v2");
    for (int second = 0; second < 10; second++) {
      tickAt(Duration.ofSeconds(second), query, Duration.ofSeconds(4));
    }
    assertThat(asked).containsExactly(START, START.plusSeconds(2), START.plusSeconds(4), START.plusSeconds(6),
        START.plusSeconds(8));
  }

  @Test
  void aCanaryTickingOncePerIntervalAsksEveryTickEvenWhenTheTickComesEarly() {
    MetricQuery query = query(ERROR_RATE, "v2");
    tickAt(Duration.ZERO, query, Duration.ofSeconds(10));
    tickAt(Duration.ofMillis(9_900), query, Duration.ofSeconds(10));
    tickAt(Duration.ofMillis(19_950), query, Duration.ofSeconds(10));
    assertThat(asked).hasSize(3);
  }

  @Test
  void aChangedQueryOrAnotherCheckIsAskedAfresh() {
    assertThat(tickAt(Duration.ZERO, query(ERROR_RATE, "v2"), Duration.ofMinutes(1)))
        .isEqualTo(new QueryResult.Value(1));
    assertThat(tickAt(Duration.ofSeconds(1), query(LATENCY, "v2"), Duration.ofMinutes(1)))
        .isEqualTo(new QueryResult.Value(2));
    assertThat(tickAt(Duration.ofSeconds(2), query(ERROR_RATE, "v2"), Duration.ofMinutes(1)))
        .as("the first check's answer stands").isEqualTo(new QueryResult.Value(1));
    assertThat(tickAt(Duration.ofSeconds(3), query(ERROR_RATE, "v3"), Duration.ofMinutes(1)))
        .as("another canary subset is another question").isEqualTo(new QueryResult.Value(3));
  }

  @Test
  void aFailedAnswerIsReusedAsWellSoAnErringPrometheusIsNotAskedEverySecond() {
    List<Instant> calls = new ArrayList<>();
    RecentQueryResults failing = new RecentQueryResults(query -> {
      calls.add(now);
      return new QueryResult.Failed("connection refused");
    });
    for (int second = 0; second < 5; second++) {
      now = START.plusSeconds(second);
      assertThat(failing.query(query(ERROR_RATE, "v2"), Duration.ofMinutes(1), now))
          .isInstanceOf(QueryResult.Failed.class);
    }
    assertThat(calls).containsExactly(START);
  }
}
