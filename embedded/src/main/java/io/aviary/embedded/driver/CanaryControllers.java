package io.aviary.embedded.driver;

import io.aviary.controller.observe.Command;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.CanarySpecResolver;
import io.aviary.controller.spec.Resolution;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.aviary.Canary;
import io.aviary.store.ConfigSnapshot;
import io.aviary.store.Subscription;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a driver for every Aviary Canary in the store, each ticking at its analysis interval on one scheduler
 * thread. Canaries added, changed or removed in the store start, reschedule or stop their loop; a canary's saved
 * state is handed to its driver when it (re)appears, so a restart resumes where the last process stopped.
 */
public final class CanaryControllers implements AutoCloseable {

  static final Duration JUDGE_TICK = Duration.ofSeconds(1);

  private final DriverContext context;
  private final ScheduledExecutorService scheduler;
  private final Map<ResourceId, CanaryRecord> restored = new HashMap<>();
  private final ConcurrentHashMap<ResourceId, Loop> loops = new ConcurrentHashMap<>();
  private final CanarySpecResolver resolver = new CanarySpecResolver();
  private final Map<ResourceId, List<String>> reportedProblems = new ConcurrentHashMap<>();
  private Subscription subscription = () -> { };

  /** {@code interval} is the tick period: the analysis interval, or one second for a judged canary. */
  private record Loop(CanaryDriver driver, Duration interval, ScheduledFuture<?> future) {}

  public CanaryControllers(DriverContext context, ScheduledExecutorService scheduler, List<CanaryRecord> saved) {
    this.context = context;
    this.scheduler = scheduler;
    saved.forEach(record -> restored.put(record.canary(), record));
  }

  /** Starts a loop per Canary in the store now and follows the store's changes from then on. */
  public void start() {
    subscription = context.store().watch(snapshot -> scheduler.execute(() -> reconcile(snapshot.resources())));
    scheduler.execute(() -> reconcile(context.store().current().resources()));
  }

  public List<CanaryDriver> drivers() {
    return loops.values().stream().map(Loop::driver).toList();
  }

  public Optional<CanaryDriver> driver(ResourceId canary) {
    Loop loop = loops.get(canary);
    return loop == null ? Optional.empty() : Optional.of(loop.driver());
  }

  /**
   * Queues {@code command}. A promote or rollback of a run under way, or a pause, ticks at once so it takes effect
   * in milliseconds: the machine returns right after such a command, so the extra tick analyses nothing. Other
   * commands (resume, or one the phase will ignore) wait for the next regular tick, so ticks never come closer
   * together than the interval.
   */
  public boolean command(ResourceId canary, Command command) {
    Loop loop = loops.get(canary);
    if (loop == null) {
      return false;
    }
    loop.driver().command(command);
    if (ImmediateCommands.takeEffectAtOnce(command, loop.driver().record())) {
      scheduler.execute(() -> spec(canary).ifPresent(loop.driver()::tick));
    }
    return true;
  }

  private void reconcile(ResourceSet resources) {
    for (io.aviary.model.flagger.Canary flagger : resources.ofType(io.aviary.model.flagger.Canary.class)) {
      List<String> problem = List.of("flagger.app/v1beta1 Canary routes generated -primary/-canary Services of a "
          + "Deployment, which needs Kubernetes mode; in embedded mode write it as apiVersion aviary.io/v1alpha1 "
          + "with trafficRouting.istio naming the VirtualService, DestinationRule and subsets");
      if (!problem.equals(reportedProblems.put(flagger.id(), problem))) {
        context.log().accept("canary %s: not run: %s".formatted(flagger.id().qualifiedName(), problem.getFirst()));
      }
    }
    Map<ResourceId, CanarySpec> wanted = new HashMap<>();
    for (Canary canary : resources.ofType(Canary.class)) {
      resolve(canary).ifPresent(spec -> wanted.put(canary.id(), spec));
    }
    loops.forEach((id, loop) -> {
      if (!wanted.containsKey(id)) {
        loop.future().cancel(false);
        loops.remove(id);
        context.log().accept("canary %s: removed; its controller stopped".formatted(id.qualifiedName()));
      }
    });
    wanted.forEach((id, spec) -> {
      Loop loop = loops.get(id);
      Duration period = tickPeriod(spec);
      if (loop == null || !loop.interval().equals(period)) {
        CanaryDriver driver = loop != null ? loop.driver() : new CanaryDriver(id, context, restored.remove(id));
        if (loop != null) {
          loop.future().cancel(false);
        }
        loops.put(id, schedule(driver, period));
      }
    });
  }

  /**
   * Flagger's checks run once per analysis interval. The sequential judge is valid however often it looks, so a
   * judged canary ticks every second: a regression rolls back within seconds, and the machine still lets a step
   * last its interval.
   */
  static Duration tickPeriod(CanarySpec spec) {
    Duration interval = spec.analysis().interval();
    return spec.analysis().judge() != null && interval.compareTo(JUDGE_TICK) > 0 ? JUDGE_TICK : interval;
  }

  /**
   * A new canary ticks at once (Initializing needs no data); one resumed from saved state waits one interval, as
   * its interrupted tick would have, so its first check covers a whole interval of traffic.
   */
  private Loop schedule(CanaryDriver driver, Duration interval) {
    ResourceId id = driver.canary();
    long firstDelay = driver.record() == null ? 0 : interval.toMillis();
    ScheduledFuture<?> future = scheduler.scheduleWithFixedDelay(
        () -> spec(id).ifPresent(driver::tick), firstDelay, interval.toMillis(), TimeUnit.MILLISECONDS);
    return new Loop(driver, interval, future);
  }

  /** The canary's spec as the store has it now; every tick reads it afresh, so edits apply at the next tick. */
  private Optional<CanarySpec> spec(ResourceId id) {
    return context.store().current().resources().get(id)
        .filter(Canary.class::isInstance).map(Canary.class::cast).flatMap(this::resolve);
  }

  private Optional<CanarySpec> resolve(Canary canary) {
    return switch (resolver.resolve(canary)) {
      case Resolution.Resolved resolved -> {
        reportedProblems.remove(canary.id());
        yield Optional.of(resolved.spec());
      }
      case Resolution.Invalid invalid -> {
        if (!invalid.problems().equals(reportedProblems.put(canary.id(), invalid.problems()))) {
          invalid.problems().forEach(problem -> context.log().accept(
              "canary %s: %s".formatted(canary.id().qualifiedName(), problem)));
        }
        yield Optional.empty();
      }
    };
  }

  @Override
  public void close() {
    subscription.close();
    loops.values().forEach(loop -> loop.future().cancel(false));
    loops.clear();
  }
}
