package io.aviary.adapters.prometheus;

import io.aviary.adapters.prometheus.PrometheusVector.Sample;
import io.aviary.controller.observe.LatencyCounts;
import io.aviary.controller.observe.TrafficSample;
import io.aviary.controller.observe.VersionTraffic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assembles one tick's {@link TrafficSample} from the three answers grouped by {@code destination_workload}: requests,
 * 5xx errors and duration buckets (also by {@code le}). A workload absent from an answer had none of that in the tick.
 * {@code increase()} extrapolates to the window's edges, so counts are fractional: they are rounded to whole requests,
 * and errors, counted by a separate query, are capped at the requests so that the two stay a proportion.
 */
final class TickSample {

  static final String WORKLOAD = "destination_workload";
  static final String LE = "le";

  private TickSample() {}

  /** The sample, or why the answers cannot make one (a value that is not a count, a histogram without +Inf). */
  static TickReading assemble(List<Sample> requests, List<Sample> errors, List<Sample> buckets, String stable,
      String canary, int canaryWeight) {
    Map<String, Double> requested = byWorkload(requests);
    Map<String, Double> failed = byWorkload(errors);
    String invalid = invalidCount(requested, "requests").or(() -> invalidCount(failed, "errors")).orElse(null);
    if (invalid != null) {
      return new TickReading.Unavailable(invalid);
    }
    Map<String, Histogram> histograms = new HashMap<>();
    for (Sample bucket : buckets) {
      double bound = PrometheusAnswer.number(bucket.label(LE));
      if (Double.isNaN(bound) || !(bucket.value() >= 0) || bucket.value() == Double.POSITIVE_INFINITY) {
        return new TickReading.Unavailable("duration bucket %s: le %s, value %s (expected: a bound and a count >= 0)"
            .formatted(bucket.label(WORKLOAD), bucket.label(LE), bucket.value()));
      }
      histograms.computeIfAbsent(bucket.label(WORKLOAD), name -> new Histogram()).add(bound, bucket.value());
    }
    for (String workload : List.of(stable, canary)) {
      Histogram histogram = histograms.get(workload);
      if (histogram != null && histogram.inf == null) {
        return new TickReading.Unavailable(("the duration histogram of %s has no le=\"+Inf\" bucket "
            + "(expected: Istio's istio_request_duration_milliseconds_bucket series)").formatted(workload));
      }
    }
    return new TickReading.Counted(new TrafficSample(
        version(workload(requested, stable), workload(failed, stable), histograms.get(stable)),
        version(workload(requested, canary), workload(failed, canary), histograms.get(canary)), canaryWeight));
  }

  private static VersionTraffic version(double requests, double errors, @Nullable Histogram histogram) {
    long whole = Math.round(requests);
    LatencyCounts latencies = histogram == null ? LatencyCounts.NONE : histogram.latencies();
    return new VersionTraffic(whole, Math.min(Math.round(errors), whole), latencies);
  }

  private static Map<String, Double> byWorkload(List<Sample> samples) {
    Map<String, Double> values = new HashMap<>();
    samples.forEach(sample -> values.merge(sample.label(WORKLOAD), sample.value(), Double::sum));
    return values;
  }

  private static double workload(Map<String, Double> values, String workload) {
    return values.getOrDefault(workload, 0.0);
  }

  private static Optional<String> invalidCount(Map<String, Double> values, String what) {
    return values.entrySet().stream()
        .filter(entry -> !(entry.getValue() >= 0) || entry.getValue() == Double.POSITIVE_INFINITY)
        .findFirst()
        .map(entry -> "%s of %s: %s (expected: a count >= 0)".formatted(what, entry.getKey(), entry.getValue()));
  }

  /** One workload's buckets as they arrive, in any order. */
  private static final class Histogram {

    private final Map<Double, Double> finite = new HashMap<>();
    private @Nullable Double inf;

    /** Bounds written differently ({@code 1} and {@code 1.0} from two pods) are one bucket, so their counts add up. */
    void add(double bound, double count) {
      if (bound == Double.POSITIVE_INFINITY) {
        inf = inf == null ? count : inf + count;
      } else {
        finite.merge(bound, count, Double::sum);
      }
    }

    LatencyCounts latencies() {
      return BucketLatencies.of(finite, inf == null ? 0 : inf);
    }
  }
}
