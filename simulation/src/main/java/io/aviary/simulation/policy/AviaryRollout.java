package io.aviary.simulation.policy;

import io.aviary.controller.action.Action;
import io.aviary.controller.machine.CanaryStateMachine;
import io.aviary.controller.machine.Step;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.observe.TrafficSample;
import io.aviary.controller.observe.VersionTraffic;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.spec.MetricCheck;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.controller.status.Phase;
import io.aviary.simulation.telemetry.CanaryWindow;
import io.aviary.simulation.telemetry.LatencyHistogram;
import io.aviary.simulation.traffic.SecondTraffic;
import io.aviary.simulation.traffic.VersionSecond;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The real {@link CanaryStateMachine} under a simulated clock: one {@code step} per tick with the tick's exact
 * per-version counts ({@link TrafficSample}) and the Canary's checks computed from the canary's Istio series, its
 * actions carried out as a driver would (weights, webhooks answered as passing, a rollback webhook as not asking for
 * a rollback). The ticks that start the run (initialization, the new revision, the first weight) see one tick of
 * primary-only traffic, as a driver's would, so a judge can take its baseline from it. The run ends when the status
 * reaches {@code Failed} or {@code Succeeded}.
 */
final class AviaryRollout implements Rollout {

  static final String REVISION = "simulated-canary";
  private static final String ROLLED_BACK = "RolledBack";
  private static final int MAX_START_STEPS = 10;
  private static final Set<Phase> STARTED = Set.of(Phase.PROMOTING, Phase.FINALISING, Phase.SUCCEEDED, Phase.FAILED);

  private final CanarySpec spec;
  private final int tickSeconds;
  private final CanaryStateMachine machine = new CanaryStateMachine();
  private final CanaryWindow window;
  private final Interval stable = new Interval();
  private final Interval canary = new Interval();
  private CanaryStatus status;
  private List<WebhookResult> answers = List.of();
  private int weight;

  AviaryRollout(CanarySpec spec, int tickSeconds) {
    this.spec = spec;
    this.tickSeconds = tickSeconds;
    this.window = new CanaryWindow(Schedule.of(spec).longestWindowSeconds());
    this.status = CanaryStatus.initial(spec.routing().stableSubset(), spec.routing().canarySubset(), Instant.EPOCH);
  }

  @Override
  public int leadSeconds() {
    return tickSeconds;
  }

  @Override
  public void beforeStart(SecondTraffic traffic) {
    stable.add(traffic.stable());
    canary.add(traffic.canary());
  }

  /** Initialization, the new revision and the first weight: ticks before the canary's first request. */
  @Override
  public void start() {
    TrafficSample before = new TrafficSample(stable.take(), canary.take(), 0);
    for (int i = 0; i < MAX_START_STEPS && weight == 0 && !STARTED.contains(status.phase()); i++) {
      apply(machine.step(spec, status, withAnswers(Observations.of(REVISION).withTraffic(before)), Instant.EPOCH));
    }
  }

  @Override
  public int canaryWeight() {
    return weight;
  }

  @Override
  public Progress afterSecond(int second, SecondTraffic traffic) {
    stable.add(traffic.stable());
    canary.add(traffic.canary());
    window.record(traffic.canary());
    int now = second + 1;
    if (now % tickSeconds != 0) {
      return Progress.RUNNING;
    }
    Observations observations = withAnswers(Observations.of(REVISION)
        .withTraffic(new TrafficSample(stable.take(), canary.take(), weight)));
    for (MetricCheck check : spec.analysis().metrics()) {
      OptionalDouble value = IstioQueries.value(check, window);
      observations = observations.withMetric(check.name(),
          value.isPresent() ? new QueryResult.Value(value.getAsDouble()) : new QueryResult.NoData());
    }
    apply(machine.step(spec, status, observations, Instant.EPOCH.plusSeconds(now)));
    return switch (status.phase()) {
      case FAILED -> Progress.ROLLED_BACK;
      case SUCCEEDED -> Progress.PROMOTED;
      default -> Progress.RUNNING;
    };
  }

  /**
   * The controller's own record of a rollback: the last warning before the {@code RolledBack} event (a failed
   * check with its values, or the judge's verdict), so the simulation shows what a user would read in the status.
   */
  @Override
  public String decision() {
    if (status.phase() != Phase.FAILED) {
      return "";
    }
    List<CanaryEvent> events = status.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      CanaryEvent event = events.get(i);
      if (event.severity() == Severity.WARNING && !ROLLED_BACK.equals(event.reason())) {
        return event.message();
      }
    }
    return events.isEmpty() ? "" : events.getLast().message();
  }

  private Observations withAnswers(Observations observations) {
    Observations answered = observations;
    for (WebhookResult answer : answers) {
      answered = answered.withWebhook(answer);
    }
    return answered;
  }

  private void apply(Step step) {
    status = step.nextStatus();
    List<WebhookResult> asked = new ArrayList<>();
    for (Action action : step.actions()) {
      switch (action) {
        case Action.SetWeights weights -> weight = weights.canaryWeight();
        case Action.Promote promote -> weight = 100;
        case Action.RollBack rollBack -> weight = 0;
        case Action.RunWebhook call -> asked.add(new WebhookResult(call.hook().name(), call.hook().type(),
            call.hook().type() != HookType.ROLLBACK, "simulated"));
        case Action.RecordEvent event -> { }
      }
    }
    answers = asked;
  }

  /** One version's counts over the current interval, handed to the machine and restarted at each tick. */
  private static final class Interval {
    private long requests;
    private long errors;
    private final LatencyHistogram latencies = new LatencyHistogram();

    void add(VersionSecond second) {
      requests += second.requests();
      errors += second.errors();
      for (int i = 0; i < second.requests(); i++) {
        latencies.record(second.lnLatency(i));
      }
    }

    VersionTraffic take() {
      VersionTraffic traffic = new VersionTraffic(requests, errors, latencies.snapshot());
      requests = 0;
      errors = 0;
      latencies.clear();
      return traffic;
    }
  }
}
