package io.aviary.embedded.metrics;

import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.port.MetricQuery;
import io.aviary.controller.port.MetricsProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One canary's last answer to each templated metric check, reused while asking again could not tell anything new.
 *
 * <p>A canary with the sequential judge ticks every second, so that the judge sees each second of the gateway's own
 * telemetry; Flagger's threshold checks still count once per interval. A {@code MetricTemplate}'s query, though,
 * runs on Prometheus, whose samples change once per scrape (Istio's default is 15 s): asking every second would
 * re-read the same samples and multiply Prometheus' load by the ticks per interval. So an answer is reused for
 * half the interval, and never longer than 10 s (Flagger's floor for how often it queries), as long as the query is
 * the same one (canary, check, target, subsets). A canary that ticks once per interval asks afresh every tick.
 *
 * <p>Failed and empty answers are reused too: a Prometheus that errs is not asked again every second either. Not
 * thread-safe: one per canary driver, whose ticks never overlap.
 */
public final class RecentQueryResults {

  /** The longest an answer is reused, whatever the interval. */
  public static final Duration LONGEST_REUSE = Duration.ofSeconds(10);

  private final MetricsProvider provider;
  private final Map<String, Answer> byCheck = new HashMap<>();

  private record Answer(MetricQuery query, QueryResult result, Instant askedAt) {}

  public RecentQueryResults(MetricsProvider provider) {
    this.provider = provider;
  }

  /** The answer to {@code query} at {@code now}, for a canary analysed every {@code interval}. */
  public QueryResult query(MetricQuery query, Duration interval, Instant now) {
    Answer last = byCheck.get(query.check().name());
    boolean current = last != null && last.query().equals(query)
        && Duration.between(last.askedAt(), now).compareTo(reuse(interval)) < 0;
    if (current) {
      return last.result();
    }
    QueryResult fresh = provider.query(query);
    byCheck.put(query.check().name(), new Answer(query, fresh, now));
    return fresh;
  }

  /** How long an answer stands for a canary analysed every {@code interval}. */
  static Duration reuse(Duration interval) {
    Duration half = interval.dividedBy(2);
    return half.compareTo(LONGEST_REUSE) < 0 ? half : LONGEST_REUSE;
  }
}
