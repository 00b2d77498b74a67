package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.adapters.prometheus.PrometheusVector.Reading;
import io.aviary.adapters.prometheus.PrometheusVector.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusVectorTest {

  private static String vector(String series) {
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[" + series + "]}}";
  }

  @Test
  void readsEachSeriesWithItsLabels() {
    Reading reading = PrometheusVector.read(200, vector(
        "{\"metric\":{\"destination_workload\":\"next-v1\",\"le\":\"+Inf\"},\"value\":[1700000000.5,\"120.5\"]},"
            + "{\"metric\":{\"destination_workload\":\"next-v2\",\"le\":\"0.5\"},\"value\":[1700000000.5,\"3\"]}"));

    assertThat(reading).isEqualTo(new Reading.Samples(java.util.List.of(
        new Sample(Map.of("destination_workload", "next-v1", "le", "+Inf"), 120.5),
        new Sample(Map.of("destination_workload", "next-v2", "le", "0.5"), 3))));
  }

  @Test
  void anEmptyVectorIsNoSamplesNotAFailure() {
    assertThat(PrometheusVector.read(200, vector(""))).isEqualTo(new Reading.Samples(java.util.List.of()));
  }

  @Test
  void refusesAnythingButAVector() {
    assertThat(PrometheusVector.read(200,
        "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1700000000,\"1\"]}}"))
        .isEqualTo(new Reading.Failed("the query returned a scalar (expected: an instant vector)"));
  }

  @Test
  void refusesAValueThatIsNotANumber() {
    assertThat(PrometheusVector.read(200, vector("{\"metric\":{},\"value\":[1700000000,\"lots\"]}")))
        .isEqualTo(new Reading.Failed("sample value lots of {}"));
  }

  @Test
  void anErrorAnswerFailsWithPrometheusReason() {
    assertThat(PrometheusVector.read(422,
        "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query timed out\"}"))
        .isEqualTo(new Reading.Failed("HTTP 422, execution: query timed out"));
  }
}
