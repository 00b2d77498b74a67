package io.aviary.embedded.driver;

import io.aviary.controller.observe.Command;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.port.MetricQuery;
import io.aviary.controller.port.MetricsProvider;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.embedded.metrics.BuiltInChecks;
import io.aviary.embedded.metrics.RecentQueryResults;
import io.aviary.embedded.metrics.TickCounter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Gathers one tick's observations. Metric checks run only while a run is being analysed (Flagger queries nothing
 * otherwise); the per-tick traffic counts are read every tick, so each sample covers exactly one tick. Built-in
 * checks read the gateway's telemetry every tick; templated ones go to their provider at most as often as
 * {@link RecentQueryResults} allows.
 */
final class Observer {

  private final DriverContext context;
  private final RecentQueryResults templated;
  private @Nullable TickCounter counter;
  private @Nullable String counterHost;

  Observer(DriverContext context) {
    this.context = context;
    this.templated = new RecentQueryResults(context.templatedMetrics());
  }

  Observations observe(CanarySpec spec, CanaryStatus status, CanaryTarget target, List<Command> commands,
      List<WebhookResult> answers) {
    Observations observations = Observations.of(target.revision());
    for (Command command : commands) {
      observations = observations.withCommand(command);
    }
    for (WebhookResult answer : answers) {
      observations = observations.withWebhook(answer);
    }
    observations = observations.withTraffic(counter(spec, target)
        .next(status.stableSubset(), status.traffic().canarySubset(), status.canaryWeight()));
    if (!status.phase().isAnalysing()) {
      return observations;
    }
    MetricsProvider builtIn = new BuiltInChecks(context.telemetry(), target.host());
    for (MetricCheck check : spec.analysis().metrics()) {
      MetricQuery query = new MetricQuery(spec.canary(), check, target.target(), status.traffic().canarySubset(),
          status.stableSubset());
      QueryResult result = check.template() == null
          ? builtIn.query(query)
          : templated.query(query, spec.analysis().interval(), context.clock().instant());
      observations = observations.withMetric(check.name(), result);
    }
    return observations;
  }

  /** One counter per host; a Canary retargeted to another host starts counting afresh. */
  private TickCounter counter(CanarySpec spec, CanaryTarget target) {
    if (counter == null || !target.host().equals(counterHost)) {
      counter = new TickCounter(context.telemetry(), spec.canary().namespace(), target.host());
      counterHost = target.host();
    }
    return counter;
  }
}
