package io.aviary.embedded.driver;

import io.aviary.controller.action.Action;
import io.aviary.controller.action.Action.SetWeights;
import io.aviary.controller.machine.CanaryStateMachine;
import io.aviary.controller.machine.Step;
import io.aviary.controller.observe.Command;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.port.WebhookCall;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.model.ResourceId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * One canary's tick: observe, step, save, act. Ticks of one canary never overlap (the scheduler runs them on one
 * thread); commands and webhook answers arrive from other threads through queues and are taken at the next tick.
 *
 * <p>The new status and routing are saved before the routing is put in force: after a crash the saved routing is
 * applied again at start, so the state directory never says less than the gateway did.
 */
public final class CanaryDriver {

  private final ResourceId canary;
  private final DriverContext context;
  private final CanaryStateMachine machine = new CanaryStateMachine();
  private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<WebhookResult> answers = new ConcurrentLinkedQueue<>();
  private final Observer observer;
  private volatile @Nullable CanaryRecord record;
  private @Nullable String lastProblem;

  public CanaryDriver(ResourceId canary, DriverContext context, @Nullable CanaryRecord restored) {
    this.canary = canary;
    this.context = context;
    this.record = restored;
    this.observer = new Observer(context);
  }

  public ResourceId canary() {
    return canary;
  }

  /** The last saved record; empty before the first tick of a canary that has no saved state. */
  public @Nullable CanaryRecord record() {
    return record;
  }

  /** Queues a person's command for the next tick. */
  public void command(Command command) {
    commands.add(command);
  }

  /** Runs one tick for {@code spec}; never throws, since a failing tick must not stop the scheduler. */
  public void tick(CanarySpec spec) {
    try {
      tickOrThrow(spec);
    } catch (RuntimeException e) {
      context.log().accept("canary %s: tick failed: %s".formatted(canary.qualifiedName(), e));
    }
  }

  private void tickOrThrow(CanarySpec spec) {
    StringBuilder problem = new StringBuilder();
    CanaryTarget target = CanaryTarget.resolve(context.store().current().resources(), spec, problem).orElse(null);
    if (target == null) {
      reportOnce("canary %s: waiting: %s".formatted(canary.qualifiedName(), problem));
      return;
    }
    lastProblem = null;
    Instant now = context.clock().instant();
    CanaryRecord before = record;
    CanaryStatus status = before != null ? before.status()
        : CanaryStatus.initial(spec.routing().stableSubset(), spec.routing().canarySubset(), now);
    Observations observations = observer.observe(spec, status, target, drain(commands), drain(answers));
    Step step = machine.step(spec, status, observations, now);
    SetWeights routing = before != null ? before.routing() : null;
    for (Action action : step.actions()) {
      routing = routingOf(action, routing);
    }
    CanaryRecord next = new CanaryRecord(canary, spec.routing(), step.nextStatus(), routing == null
        ? new SetWeights(status.stableSubset(), spec.routing().canarySubset(), 0, List.of(), 0, null) : routing,
        target.revision());
    context.state().save(next);
    record = next;
    if (before == null || !next.routing().equals(before.routing())) {
      context.intents().put(IntentMapper.canaryRouting(next), context.store(),
          "canary " + canary.qualifiedName());
    }
    step.actions().forEach(action -> carryOut(action, step.actions()));
  }

  /** Promotion and rollback are weights too: everything to one subset, nothing added. */
  private static @Nullable SetWeights routingOf(Action action, @Nullable SetWeights current) {
    return switch (action) {
      case SetWeights weights -> weights;
      case Action.Promote promote ->
          new SetWeights(promote.newStableSubset(), promote.previousStableSubset(), 0, List.of(), 0, null);
      case Action.RollBack back -> new SetWeights(back.stableSubset(), back.canarySubset(), 0, List.of(), 0, null);
      case Action.RunWebhook hook -> current;
      case Action.RecordEvent event -> current;
    };
  }

  private void carryOut(Action action, List<Action> all) {
    switch (action) {
      case Action.RunWebhook hook -> {
        WebhookCall call = new WebhookCall(canary, hook.hook(), hook.phase(), hook.revision(), event(hook, all));
        context.webhookExecutor().execute(() -> answers.add(context.webhooks().call(call)));
      }
      case Action.RecordEvent event -> context.log().accept(EventLine.of(canary, event.event()));
      default -> { }
    }
  }

  /** An event hook reports the decision it was asked for, with the decision's severity; other hooks none. */
  private static WebhookCall.@Nullable Event event(Action.RunWebhook hook, List<Action> all) {
    if (hook.hook().type() != HookType.EVENT) {
      return null;
    }
    boolean warning = all.stream().anyMatch(action -> action instanceof Action.RecordEvent recorded
        && recorded.event().severity() == CanaryEvent.Severity.WARNING
        && hook.message().equals(recorded.event().reason() + ": " + recorded.event().message()));
    return warning ? WebhookCall.Event.warning(hook.message()) : WebhookCall.Event.normal(hook.message());
  }

  private void reportOnce(String problem) {
    if (!problem.equals(lastProblem)) {
      context.log().accept(problem);
      lastProblem = problem;
    }
  }

  private static <T> List<T> drain(ConcurrentLinkedQueue<T> queue) {
    List<T> taken = new java.util.ArrayList<>();
    for (T item = queue.poll(); item != null; item = queue.poll()) {
      taken.add(item);
    }
    return taken;
  }
}
