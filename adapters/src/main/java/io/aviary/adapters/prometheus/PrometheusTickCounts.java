package io.aviary.adapters.prometheus;

import io.aviary.adapters.http.BoundedExchange;
import io.aviary.adapters.http.BoundedExchange.Outcome;
import io.aviary.adapters.http.HttpTarget;
import io.aviary.adapters.http.RedactedUrl;
import io.aviary.adapters.prometheus.PrometheusVector.Reading;
import io.aviary.adapters.prometheus.PrometheusVector.Sample;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sequential judge's per-tick counts read from Istio's standard metrics in Prometheus, as the destination
 * sidecars report them ({@code reporter="destination"}): for the tick ending at {@code end}, three instant queries
 * evaluated at that same instant, each grouped by {@code destination_workload} so both versions come in one answer:
 * <pre>
 * sum by (destination_workload) (increase(istio_requests_total{SELECTOR}[TICK]))
 * sum by (destination_workload) (increase(istio_requests_total{SELECTOR,response_code=~"5.."}[TICK]))
 * sum by (destination_workload, le) (increase(istio_request_duration_milliseconds_bucket{SELECTOR}[TICK]))
 * </pre>
 * Consecutive ticks read adjacent windows when each ends where the last one did. {@code increase()} sees only the
 * scrapes inside a window and extrapolates to its edges, so a tick's counts are estimates, close to the true ones
 * once a tick spans several scrape intervals; a series needs two scrapes inside the window, so a tick shorter than
 * two scrape intervals may count nothing (zero requests, which the judge takes as no evidence, not as health).
 * Every backend failure is a {@link TickReading.Unavailable}; nothing here throws for one. Stateless and thread-safe.
 */
public final class PrometheusTickCounts {

  private static final int MAX_ANSWER_BYTES = 1 << 20;
  private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern WORKLOAD = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
  private static final String WORKLOAD_NAME = "a DNS subdomain: lowercase letters, digits, - and .";

  private final URI address;
  private final String namespace;
  private final String stableWorkload;
  private final String canaryWorkload;
  private final BoundedExchange http;
  private final Duration timeout;

  /** Over HTTP/1.1 with {@link PrometheusMetricsProvider#DEFAULT_TIMEOUT} per query, as the MetricTemplates use. */
  public PrometheusTickCounts(URI address, String namespace, String stableWorkload, String canaryWorkload) {
    this(address, namespace, stableWorkload, canaryWorkload, HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(PrometheusMetricsProvider.DEFAULT_TIMEOUT).build(),
        PrometheusMetricsProvider.DEFAULT_TIMEOUT);
  }

  /**
   * {@code address} is Prometheus' URL (a path prefix is kept); the workloads are {@code destination_workload}
   * values in {@code namespace}, e.g. {@code next-v1} and {@code next-v2}. Invalid names are configuration errors
   * and throw; {@code timeout} bounds each query as a whole.
   */
  public PrometheusTickCounts(URI address, String namespace, String stableWorkload, String canaryWorkload,
      HttpClient client, Duration timeout) {
    this.address = HttpTarget.parse(address.toString()).orElseThrow(() -> new IllegalArgumentException(
        "address: %s (expected: an http(s) URL, e.g. http://prometheus:9090)".formatted(RedactedUrl.of(address))));
    this.namespace = checked("namespace", namespace, NAMESPACE, "a DNS label: lowercase letters, digits and -");
    this.stableWorkload = checked("stableWorkload", stableWorkload, WORKLOAD, WORKLOAD_NAME);
    this.canaryWorkload = checked("canaryWorkload", canaryWorkload, WORKLOAD, WORKLOAD_NAME);
    if (stableWorkload.equals(canaryWorkload)) {
      throw new IllegalArgumentException("canaryWorkload: %s (expected: not the stable workload)"
          .formatted(canaryWorkload));
    }
    this.http = new BoundedExchange(client);
    this.timeout = timeout;
  }

  /**
   * The counts of the {@code tick} ending at {@code end} (the driver's clock), during which the canary was configured
   * at {@code canaryWeight}: requests, errors, then buckets, stopping at the first that fails.
   */
  public TickReading read(Instant end, Duration tick, int canaryWeight) {
    if (tick.toMillis() <= 0 || canaryWeight < 0 || canaryWeight > 100) {
      throw new IllegalArgumentException("tick %s, canaryWeight %d (expected: a tick of at least 1ms, weight 0..100)"
          .formatted(tick, canaryWeight));
    }
    List<List<Sample>> answers = new ArrayList<>(3);
    for (String promql : queries(tick)) {
      switch (ask(promql, end)) {
        case Reading.Failed failed -> {
          return new TickReading.Unavailable(failed.reason());
        }
        case Reading.Samples samples -> answers.add(samples.samples());
      }
    }
    return TickSample.assemble(answers.get(0), answers.get(1), answers.get(2), stableWorkload, canaryWorkload,
        canaryWeight);
  }

  /** The queries this reader sends for a {@code tick}, in order, for logs and for users checking their Prometheus. */
  public List<String> queries(Duration tick) {
    String window = PrometheusDuration.format(tick);
    return List.of(requests(window, ""), requests(window, ",response_code=~\"5..\""), buckets(window));
  }

  private String requests(String window, String more) {
    return "sum by (%s) (increase(istio_requests_total{%s%s}[%s]))"
        .formatted(TickSample.WORKLOAD, selector(), more, window);
  }

  private String buckets(String window) {
    return "sum by (%s, %s) (increase(istio_request_duration_milliseconds_bucket{%s}[%s]))"
        .formatted(TickSample.WORKLOAD, TickSample.LE, selector(), window);
  }

  /** Names are checked to be DNS names, so only the dot needs escaping in the (anchored, RE2) regex. */
  private String selector() {
    return "reporter=\"destination\",destination_workload_namespace=\"%s\",destination_workload=~\"%s|%s\""
        .formatted(namespace, regex(stableWorkload), regex(canaryWorkload));
  }

  private static String regex(String name) {
    // "\\." in a PromQL string is the regex \. : a literal dot.
    return name.replace(".", "\\\\.");
  }

  private Reading ask(String promql, Instant end) {
    HttpRequest request = HttpRequest.newBuilder(InstantQuery.uri(address, promql, end)).timeout(timeout)
        .header("Accept", "application/json").build();
    String where = "Prometheus at %s, query %s".formatted(RedactedUrl.of(address), promql);
    return switch (http.send(request, timeout, MAX_ANSWER_BYTES)) {
      case Outcome.NoAnswer none -> new Reading.Failed(where + ": " + none.reason());
      case Outcome.Answered answered when answered.truncated() ->
          new Reading.Failed("%s: the answer is larger than %d bytes".formatted(where, MAX_ANSWER_BYTES));
      case Outcome.Answered answered -> switch (PrometheusVector.read(answered.status(), answered.body())) {
        case Reading.Failed failed -> new Reading.Failed(where + ": " + failed.reason());
        case Reading.Samples samples -> samples;
      };
    };
  }

  private static String checked(String field, String value, Pattern pattern, String expected) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("%s: %s (expected: %s)".formatted(field, value, expected));
    }
    return value;
  }
}
