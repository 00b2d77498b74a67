package io.aviary.adapters.prometheus;

import static io.aviary.adapters.prometheus.Templates.prometheus;
import static io.aviary.adapters.prometheus.Templates.query;
import static io.aviary.adapters.prometheus.Templates.resources;
import static io.aviary.adapters.prometheus.Templates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.aviary.controller.observe.QueryResult;
import io.aviary.model.ResourceSet;
import io.aviary.testkit.PrometheusProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MetricTemplate with Flagger's request-success-rate query, answered by a real Prometheus that scrapes
 * Istio-style counters whose proportions the test chose: 90 of every 100 requests to {@code next-v2} succeed.
 */
class PrometheusMetricTemplateIT {

  private static final String SUCCESS_RATE = """
      sum(
        rate(
          istio_requests_total{
            reporter="{{ variables.reporter }}",
            destination_workload_namespace="{{ namespace }}",
            destination_workload=~"{{ target }}",
            response_code!~"5.*"
          }[{{ interval }}]
        )
      )
      /
      sum(
        rate(
          istio_requests_total{
            reporter="{{ variables.reporter }}",
            destination_workload_namespace="{{ namespace }}",
            destination_workload=~"{{ target }}"
          }[{{ interval }}]
        )
      )
      * 100
      """;

  @TempDir Path folder;
  private IstioTraffic counters;
  private PrometheusProcess prometheus;
  private PrometheusMetricsProvider provider;

  @BeforeEach
  void start() throws Exception {
    Optional<Path> binary = PrometheusProcess.locate(folder);
    Assumptions.assumeTrue(binary.isPresent(), PrometheusProcess.MISSING);
    counters = IstioTraffic.successRates(90, 10);
    prometheus = PrometheusProcess.start(binary.orElseThrow(), folder, counters.target(), "/stats/prometheus");
    ResourceSet resources = resources(
        template("shop", "success-rate", prometheus(prometheus.address().toString()), SUCCESS_RATE));
    provider = new PrometheusMetricsProvider(() -> resources);
  }

  @AfterEach
  void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (counters != null) {
      counters.close();
    }
  }

  private QueryResult successRate(String target) {
    return provider.query(query(target, "success-rate", null, Duration.ofMinutes(1), Map.of("reporter", "destination")));
  }

  /** Until Prometheus holds two scrapes, rate() has nothing to work with and the answer is "no data". */
  private QueryResult firstValueOf(String target) {
    return await().atMost(Duration.ofSeconds(30))
        .until(() -> successRate(target), answer -> !(answer instanceof QueryResult.NoData));
  }

  @Test
  void answersTheSuccessRateTheScrapedCountersShow() {
    QueryResult result = firstValueOf("next-v2");

    assertThat(result).isInstanceOf(QueryResult.Value.class);
    assertThat(((QueryResult.Value) result).value()).isCloseTo(90.0, within(1e-6));
    assertThat(((QueryResult.Value) successRate("next-v1")).value()).isCloseTo(100.0, within(1e-6));
  }

  @Test
  void aWorkloadWithoutRequestsIsNoDataWhileOthersHaveValues() {
    assertThat(firstValueOf("next-v2")).isInstanceOf(QueryResult.Value.class);

    assertThat(successRate("next-v3")).isEqualTo(new QueryResult.NoData());
  }
}
