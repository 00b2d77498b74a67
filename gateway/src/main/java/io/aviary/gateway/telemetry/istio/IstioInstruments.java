package io.aviary.gateway.telemetry.istio;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The Prometheus metric families of Istio's HTTP metrics, registered in one registry, and the binding of a label
 * set to its data points. Exemplars are off: they would sample a clock and allocate on the request path, and Istio
 * emits none.
 */
final class IstioInstruments {

  private final Counter requests;
  private final Histogram durationMillis;
  private final Histogram requestBytes;
  private final Histogram responseBytes;
  private final IstioLabelValues labelValues;

  IstioInstruments(PrometheusRegistry registry, GatewayIdentity gateway, String proxyVersion) {
    String[] labels = IstioLabel.labelNames();
    requests = Counter.builder()
        .name("istio_requests_total")
        .help("Total number of requests handled by the proxy.")
        .labelNames(labels)
        .withoutExemplars()
        .register(registry);
    durationMillis = histogram("istio_request_duration_milliseconds", "Request duration in milliseconds.", registry);
    requestBytes = histogram("istio_request_bytes", "Request size in bytes (downstream wire bytes).", registry);
    responseBytes = histogram("istio_response_bytes", "Response size in bytes (downstream wire bytes).", registry);
    labelValues = new IstioLabelValues(gateway);
    Gauge build = Gauge.builder()
        .name("istio_build")
        .help("Istio component build info.")
        .labelNames("component", "tag")
        .register(registry);
    build.labelValues("proxy", proxyVersion).set(1);
  }

  /**
   * Binds one label set as the gateway ({@code source}) reports it; allocates, so callers cache the result. The
   * {@code destination} report is the same data, added at scrape time by {@link DestinationReports}.
   */
  RequestSeries bind(DestinationIdentity destination, int responseCode, String responseFlags) {
    return new RequestSeries(bind(Reporter.SOURCE, destination, responseCode, responseFlags));
  }

  private ReporterSeries bind(Reporter reporter, DestinationIdentity destination, int code, String flags) {
    String[] values = labelValues.of(reporter, destination, code, flags);
    return new ReporterSeries(
        requests.labelValues(values),
        durationMillis.labelValues(values),
        requestBytes.labelValues(values),
        responseBytes.labelValues(values));
  }

  private static Histogram histogram(String name, String help, PrometheusRegistry registry) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .labelNames(IstioLabel.labelNames())
        .classicOnly()
        .classicUpperBounds(EnvoyBuckets.defaultBounds())
        .withoutExemplars()
        .register(registry);
  }
}
