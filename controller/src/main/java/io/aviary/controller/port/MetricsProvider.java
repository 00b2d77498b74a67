package io.aviary.controller.port;

import io.aviary.controller.observe.QueryResult;

/**
 * Answers metric checks. Implementations do I/O (Prometheus over HTTP) or read in-process telemetry; they never
 * throw for a backend's failure but answer {@link QueryResult.Failed}, and answer {@link QueryResult.NoData} when the
 * query matched nothing, because the controller holds the run in both cases instead of failing the canary.
 */
@FunctionalInterface
public interface MetricsProvider {

  QueryResult query(MetricQuery query);
}
