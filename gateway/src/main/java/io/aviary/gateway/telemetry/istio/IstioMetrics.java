package io.aviary.gateway.telemetry.istio;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Istio's standard HTTP metrics for Aviary's embedded gateway, and their Prometheus text exposition (format 0.0.4)
 * that the admin server serves at {@code /stats/prometheus}.
 *
 * <p>Each completed request is reported twice, as {@code reporter="source"} (the gateway, like Istio's ingress
 * gateway) and as {@code reporter="destination"} (no server sidecar exists in embedded mode), so Flagger's stock
 * queries ({@code reporter="destination", destination_workload=~"podinfo", ...}) select one version's traffic. It is
 * recorded once; the destination series are written from the source series at scrape time.
 *
 * <p>Hot path: resolve {@link #destination(DestinationIdentity)} once per endpoint when the configuration is compiled
 * and call {@link DestinationSeries#record} per request. {@link #record(DestinationIdentity, int, String, double,
 * long, long)} does the same through a concurrent map keyed by the identity, for callers that cannot keep the handle.
 *
 * <p>Thread-safe. Series are never removed: their number is bounded by endpoints times (code, flags) pairs, and a
 * Prometheus counter that disappears would read as a reset.
 */
public final class IstioMetrics {

  private final PrometheusRegistry registry;
  private final IstioInstruments instruments;
  private final ConcurrentHashMap<DestinationIdentity, DestinationSeries> destinations = new ConcurrentHashMap<>();
  private final PrometheusTextFormatWriter textFormat = PrometheusTextFormatWriter.builder()
      .setIncludeCreatedTimestamps(false)
      .build();

  /**
   * @param gateway the gateway's own identity, reported in the {@code source_*} labels
   * @param proxyVersion the {@code tag} of {@code istio_build{component="proxy"}}
   */
  public IstioMetrics(GatewayIdentity gateway, String proxyVersion) {
    this(new PrometheusRegistry(), gateway, proxyVersion);
  }

  /** As {@link #IstioMetrics(GatewayIdentity, String)}, registering into a registry the caller also scrapes. */
  public IstioMetrics(PrometheusRegistry registry, GatewayIdentity gateway, String proxyVersion) {
    this.registry = registry;
    this.instruments = new IstioInstruments(registry, gateway, proxyVersion);
  }

  /** The handle to record requests to {@code destination} with; the same instance for equal identities. */
  public DestinationSeries destination(DestinationIdentity destination) {
    DestinationSeries series = destinations.get(destination);
    return series != null
        ? series
        : destinations.computeIfAbsent(destination, identity -> new DestinationSeries(identity, instruments));
  }

  /** Records one completed request; see {@link DestinationSeries#record} for the parameters. */
  public void record(
      DestinationIdentity destination,
      int responseCode,
      String responseFlags,
      double durationMillis,
      long requestBytes,
      long responseBytes) {
    destination(destination).record(responseCode, responseFlags, durationMillis, requestBytes, responseBytes);
  }

  /** Writes every registered metric in the Prometheus text format 0.0.4. */
  public void writeTo(OutputStream out) throws IOException {
    textFormat.write(out, DestinationReports.addTo(registry.scrape()));
  }

  /** Every registered metric in the Prometheus text format 0.0.4, as one string. */
  public String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The {@code Content-Type} to serve {@link #writeTo(OutputStream)}'s output with. */
  public String contentType() {
    return textFormat.getContentType();
  }

  /** The registry holding Istio's metrics; other gateway metrics may be registered alongside. */
  public PrometheusRegistry registry() {
    return registry;
  }
}
