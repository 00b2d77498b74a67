package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantQueryTest {

  @Test
  void evaluatesAtTheGivenInstantInUnixSecondsWithMilliseconds() {
    assertThat(InstantQuery.uri(URI.create("http://prom:9090/prometheus/"), "up == 1",
        Instant.ofEpochMilli(1_700_000_000_250L)))
        .hasToString("http://prom:9090/prometheus/api/v1/query?query=up+%3D%3D+1&time=1700000000.250");
  }

  @Test
  void withoutAnInstantPrometheusEvaluatesAtItsNow() {
    assertThat(InstantQuery.uri(URI.create("http://prom:9090"), "up", null))
        .hasToString("http://prom:9090/api/v1/query?query=up");
  }
}
