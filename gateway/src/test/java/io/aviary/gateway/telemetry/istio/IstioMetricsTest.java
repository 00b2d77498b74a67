package io.aviary.gateway.telemetry.istio;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.telemetry.istio.ExpositionSamples.Sample;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IstioMetricsTest {

  private static final List<String> ISTIO_LABELS = List.of(
      "reporter", "source_workload", "source_canonical_service", "source_canonical_revision",
      "source_workload_namespace", "source_principal", "source_app", "source_version", "source_cluster",
      "destination_workload", "destination_workload_namespace", "destination_principal", "destination_app",
      "destination_version", "destination_service", "destination_canonical_service",
      "destination_canonical_revision", "destination_service_name", "destination_service_namespace",
      "destination_cluster", "request_protocol", "response_code", "grpc_response_status", "response_flags",
      "connection_security_policy");

  private final IstioMetrics metrics = Endpoints.metrics();

  @Test
  void countsEachRequestOnceUnderEachReporterPerVersionAndCode() {
    recordTimes(Endpoints.V1, 200, 7);
    recordTimes(Endpoints.V1, 500, 2);
    recordTimes(Endpoints.V2, 200, 3);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    for (String reporter : List.of("source", "destination")) {
      assertThat(requests(samples, reporter, "v1", "200")).isEqualTo(7);
      assertThat(requests(samples, reporter, "v1", "500")).isEqualTo(2);
      assertThat(requests(samples, reporter, "v2", "200")).isEqualTo(3);
      assertThat(requests(samples, reporter, "v2", "500")).isZero();
    }
    assertThat(samples.sum("istio_request_duration_milliseconds_count", "reporter=destination")).isEqualTo(12);
  }

  @Test
  void labelsEverySeriesWithExactlyIstiosLabelNames() {
    recordTimes(Endpoints.V1, 200, 1);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    assertThat(IstioLabel.labelNames()).containsExactlyElementsOf(ISTIO_LABELS);
    for (Sample sample : samples.select("istio_requests_total")) {
      assertThat(sample.labels().keySet()).containsExactlyInAnyOrderElementsOf(ISTIO_LABELS);
    }
    for (Sample sample : samples.select("istio_request_duration_milliseconds_bucket")) {
      assertThat(sample.labels().keySet()).containsExactlyInAnyOrderElementsOf(plus(ISTIO_LABELS, "le"));
    }
  }

  @Test
  void histogramsUseEnvoysDefaultBucketBoundsExactly() {
    recordTimes(Endpoints.V1, 200, 1);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    List<Double> envoy = List.of(
        0.5, 1.0, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, 5000.0, 10000.0, 30000.0, 60000.0,
        300000.0, 600000.0, 1800000.0, 3600000.0, Double.POSITIVE_INFINITY);
    for (String histogram :
        List.of("istio_request_duration_milliseconds", "istio_request_bytes", "istio_response_bytes")) {
      List<Double> bounds = samples.select(histogram + "_bucket", "reporter=source").stream()
          .map(sample -> Double.parseDouble(sample.labels().get("le").replace("+Inf", "Infinity")))
          .toList();
      assertThat(bounds).as(histogram).containsExactlyElementsOf(envoy);
    }
  }

  @Test
  void putsDurationAndBytesIntoTheirBuckets() {
    metrics.record(Endpoints.V1, 200, ResponseFlags.NONE, 7.5, 300, 1200);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    assertThat(samples.sum("istio_request_duration_milliseconds_bucket", "reporter=destination", "le=5.0")).isZero();
    assertThat(samples.sum("istio_request_duration_milliseconds_bucket", "reporter=destination", "le=10.0"))
        .isEqualTo(1);
    assertThat(samples.sum("istio_request_duration_milliseconds_sum", "reporter=destination")).isEqualTo(7.5);
    assertThat(samples.sum("istio_request_bytes_sum", "reporter=destination")).isEqualTo(300);
    assertThat(samples.sum("istio_response_bytes_bucket", "reporter=destination", "le=1000.0")).isZero();
    assertThat(samples.sum("istio_response_bytes_bucket", "reporter=destination", "le=2500.0")).isEqualTo(1);
  }

  @Test
  void fillsSourceLabelsAsAnIngressGatewayAndSecurityPolicyPerReporter() {
    recordTimes(Endpoints.V2, 200, 1);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());
    Sample source = samples.select("istio_requests_total", "reporter=source").getFirst();
    Sample destination = samples.select("istio_requests_total", "reporter=destination").getFirst();

    assertThat(source.labels())
        .containsEntry("source_workload", "istio-ingressgateway")
        .containsEntry("source_app", "istio-ingressgateway")
        .containsEntry("source_workload_namespace", "istio-system")
        .containsEntry("source_canonical_revision", "latest")
        .containsEntry("source_version", "unknown")
        .containsEntry("connection_security_policy", "unknown")
        .containsEntry("destination_workload", "next-v2")
        .containsEntry("destination_service", "next-service.default.svc.cluster.local")
        .containsEntry("destination_service_name", "next-service")
        .containsEntry("destination_service_namespace", "default")
        .containsEntry("destination_canonical_service", "next")
        .containsEntry("destination_canonical_revision", "v2")
        .containsEntry("request_protocol", "http")
        .containsEntry("grpc_response_status", "")
        .containsEntry("response_flags", "-");
    assertThat(destination.labels()).containsEntry("connection_security_policy", "none");
  }

  @Test
  void labelsRequestsThatReachedNoEndpointUnknownWithTheirFlags() {
    metrics.record(DestinationIdentity.unreached("shop.example.com", "http"), 404, ResponseFlags.NO_ROUTE, 0.2, 80, 0);
    metrics.record(DestinationIdentity.unreached("shop.example.com", "http"), 0, "", 1, 80, 0);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    Sample notFound = samples.select("istio_requests_total", "reporter=destination", "response_code=404").getFirst();
    assertThat(notFound.labels())
        .containsEntry("response_flags", "NR")
        .containsEntry("destination_workload", "unknown")
        .containsEntry("destination_version", "unknown")
        .containsEntry("destination_service", "shop.example.com")
        .containsEntry("destination_canonical_revision", "latest");
    assertThat(samples.sum("istio_requests_total", "response_code=0", "response_flags=-")).isEqualTo(2);
  }

  @Test
  void reportsTheProxyBuild() {
    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());

    assertThat(samples.select("istio_build", "component=proxy", "tag=1.29.2"))
        .extracting(Sample::value)
        .containsExactly(1.0);
  }

  @Test
  void flaggersBuiltInQueriesSelectOnlyTheCanaryWorkload() {
    recordTimes(Endpoints.V1, 200, 90);
    recordTimes(Endpoints.V2, 200, 8);
    recordTimes(Endpoints.V2, 503, 2);

    ExpositionSamples samples = ExpositionSamples.parse(metrics.scrape());
    String[] canary = {
      "reporter=destination", "destination_workload_namespace=default", "destination_workload=~next-v2"
    };

    double ok = samples.sum("istio_requests_total", plus(canary, "response_code!~5.*"));
    double all = samples.sum("istio_requests_total", canary);
    assertThat(ok / all * 100).isEqualTo(80.0);
    assertThat(samples.sum("istio_request_duration_milliseconds_count", canary)).isEqualTo(10);
    assertThat(samples.sum("istio_requests_total", "reporter=destination", "destination_workload=~next"))
        .as("Prometheus regexes are anchored: next matches neither next-v1 nor next-v2")
        .isZero();
  }

  @Test
  void returnsTheSameHandleForEqualIdentities() {
    assertThat(metrics.destination(Endpoints.version("v1"))).isSameAs(metrics.destination(Endpoints.V1));
    assertThat(metrics.destination(Endpoints.V1).series(200, "-"))
        .isSameAs(metrics.destination(Endpoints.V1).series(200, ResponseFlags.NONE));
  }

  private void recordTimes(DestinationIdentity destination, int code, int times) {
    DestinationSeries series = metrics.destination(destination);
    for (int i = 0; i < times; i++) {
      series.record(code, ResponseFlags.NONE, 12.0, 200, 400);
    }
  }

  private static double requests(ExpositionSamples samples, String reporter, String version, String code) {
    return samples.sum(
        "istio_requests_total", "reporter=" + reporter, "destination_version=" + version, "response_code=" + code);
  }

  private static Set<String> plus(List<String> names, String extra) {
    Set<String> all = new HashSet<>(names);
    all.add(extra);
    return all;
  }

  private static String[] plus(String[] matchers, String extra) {
    String[] all = Arrays.copyOf(matchers, matchers.length + 1);
    all[matchers.length] = extra;
    return all;
  }
}
