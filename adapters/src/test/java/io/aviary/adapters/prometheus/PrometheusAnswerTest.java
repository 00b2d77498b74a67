package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.observe.QueryResult;
import org.junit.jupiter.api.Test;

class PrometheusAnswerTest {

  private static String vector(String... values) {
    StringBuilder series = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      series.append(i == 0 ? "" : ",").append("{\"metric\":{\"i\":\"%d\"},\"value\":[1700000000.5,\"%s\"]}"
          .formatted(i, values[i]));
    }
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[" + series + "]}}";
  }

  @Test
  void readsTheOneSampleOfAVector() {
    assertThat(PrometheusAnswer.read(200, vector("99.5"))).isEqualTo(new QueryResult.Value(99.5));
  }

  @Test
  void readsAScalar() {
    assertThat(PrometheusAnswer.read(200,
        "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1700000000,\"1\"]}}"))
        .isEqualTo(new QueryResult.Value(1));
  }

  @Test
  void anEmptyVectorIsNoDataNotAFailure() {
    assertThat(PrometheusAnswer.read(200, vector())).isEqualTo(new QueryResult.NoData());
  }

  @Test
  void aNanSampleIsNoDataAsFlaggerReadsIt() {
    assertThat(PrometheusAnswer.read(200, vector("NaN"))).isEqualTo(new QueryResult.NoData());
  }

  @Test
  void infinityIsAValueForTheRangeToJudge() {
    assertThat(PrometheusAnswer.read(200, vector("+Inf"))).isEqualTo(new QueryResult.Value(Double.POSITIVE_INFINITY));
  }

  @Test
  void refusesSeveralSeriesRatherThanPickingOne() {
    assertThat(PrometheusAnswer.read(200, vector("1", "2"))).isEqualTo(new QueryResult.Failed(
        "the query returned 2 series (expected: one; aggregate it, e.g. with sum())"));
  }

  @Test
  void refusesARangeVector() {
    assertThat(PrometheusAnswer.read(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"))
        .isInstanceOf(QueryResult.Failed.class)
        .extracting(r -> ((QueryResult.Failed) r).reason()).asString().contains("range vector");
  }

  @Test
  void anErrorAnswerFailsWithPrometheusReason() {
    assertThat(PrometheusAnswer.read(400,
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 5\"}"))
        .isEqualTo(new QueryResult.Failed("HTTP 400, bad_data: parse error at char 5"));
  }

  @Test
  void aBodyThatIsNotJsonFailsWithAnExcerpt() {
    assertThat(PrometheusAnswer.read(502, "<html>Bad   Gateway</html>"))
        .isEqualTo(new QueryResult.Failed("HTTP 502 with a body that is not Prometheus' JSON: <html>Bad Gateway</html>"));
  }
}
