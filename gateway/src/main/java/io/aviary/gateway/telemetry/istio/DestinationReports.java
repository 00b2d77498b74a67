package io.aviary.gateway.telemetry.istio;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@code reporter="destination"} series at scrape time. In embedded mode the destination's report is the
 * gateway's own, the same counts under two label values, so the request path records each request once (as
 * {@code source}) and the scrape writes every Istio series a second time with {@code reporter} and
 * {@code connection_security_policy} as the server side reports them. Half the per-request metric updates; the
 * exposition is unchanged.
 */
final class DestinationReports {

  private static final Set<String> ISTIO_FAMILIES = Set.of(
      "istio_requests", "istio_request_duration_milliseconds", "istio_request_bytes", "istio_response_bytes");
  private static final String REPORTER = IstioLabel.REPORTER.labelName();
  private static final String SECURITY = IstioLabel.CONNECTION_SECURITY_POLICY.labelName();

  private DestinationReports() {}

  static MetricSnapshots addTo(MetricSnapshots scraped) {
    List<MetricSnapshot> out = new ArrayList<>(scraped.size());
    for (MetricSnapshot snapshot : scraped) {
      if (!ISTIO_FAMILIES.contains(snapshot.getMetadata().getName())) {
        out.add(snapshot);
      } else if (snapshot instanceof CounterSnapshot counter) {
        out.add(new CounterSnapshot(counter.getMetadata(), counterPoints(counter.getDataPoints())));
      } else if (snapshot instanceof HistogramSnapshot histogram) {
        out.add(new HistogramSnapshot(histogram.getMetadata(), histogramPoints(histogram.getDataPoints())));
      } else {
        out.add(snapshot);
      }
    }
    return new MetricSnapshots(out);
  }

  private static List<CounterDataPointSnapshot> counterPoints(List<CounterDataPointSnapshot> sources) {
    List<CounterDataPointSnapshot> points = new ArrayList<>(sources);
    for (CounterDataPointSnapshot point : sources) {
      points.add(new CounterDataPointSnapshot(point.getValue(), asDestination(point.getLabels()), null,
          point.getCreatedTimestampMillis()));
    }
    return points;
  }

  private static List<HistogramDataPointSnapshot> histogramPoints(List<HistogramDataPointSnapshot> sources) {
    List<HistogramDataPointSnapshot> points = new ArrayList<>(sources);
    for (HistogramDataPointSnapshot point : sources) {
      points.add(new HistogramDataPointSnapshot(point.getClassicBuckets(), point.getSum(),
          asDestination(point.getLabels()), null, point.getCreatedTimestampMillis()));
    }
    return points;
  }

  private static Labels asDestination(Labels source) {
    String[] names = new String[source.size()];
    String[] values = new String[source.size()];
    for (int i = 0; i < source.size(); i++) {
      names[i] = source.getName(i);
      values[i] = names[i].equals(REPORTER) ? Reporter.DESTINATION.labelValue()
          : names[i].equals(SECURITY) ? Reporter.DESTINATION.connectionSecurityPolicy() : source.getValue(i);
    }
    return Labels.of(names, values);
  }
}
