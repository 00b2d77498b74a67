package io.aviary.embedded.metrics;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.port.MetricQuery;
import io.aviary.controller.port.MetricsProvider;
import io.aviary.gateway.telemetry.subset.SubsetKey;
import io.aviary.gateway.telemetry.subset.SubsetTelemetry;
import io.aviary.gateway.telemetry.subset.TrafficSummary;
import java.util.OptionalDouble;

/**
 * Flagger's built-in checks over the canary subset's last {@code window} of gateway traffic:
 * {@code request-success-rate} (percent of requests that were not 5xx) and {@code request-duration} (p99 in
 * milliseconds). No request in the window is {@link QueryResult.NoData}, as Flagger's "no values found".
 */
public final class BuiltInChecks implements MetricsProvider {

  public static final String SUCCESS_RATE = "request-success-rate";
  public static final String DURATION = "request-duration";

  private final SubsetTelemetry telemetry;
  private final String host;

  /** @param host the fully qualified host of the canary's DestinationRule, as the gateway keys its telemetry */
  public BuiltInChecks(SubsetTelemetry telemetry, String host) {
    this.telemetry = telemetry;
    this.host = host;
  }

  public static boolean answers(String checkName) {
    return SUCCESS_RATE.equals(checkName) || DURATION.equals(checkName);
  }

  @Override
  public QueryResult query(MetricQuery query) {
    String name = query.check().name();
    if (!answers(name)) {
      return new QueryResult.Failed(
          "metric %s is not built in (expected: %s, %s, or a templateRef)".formatted(name, SUCCESS_RATE, DURATION));
    }
    SubsetKey key = new SubsetKey(query.canary().namespace(), host, query.canarySubset());
    TrafficSummary window;
    try {
      window = telemetry.window(key, query.check().window());
    } catch (IllegalArgumentException e) {
      return new QueryResult.Failed("%s: interval %s: %s".formatted(name, query.check().window(), e.getMessage()));
    }
    OptionalDouble value = SUCCESS_RATE.equals(name)
        ? window.counts().successRatePercent()
        : window.latencies().p99();
    return value.isPresent() ? new QueryResult.Value(value.getAsDouble()) : new QueryResult.NoData();
  }
}
