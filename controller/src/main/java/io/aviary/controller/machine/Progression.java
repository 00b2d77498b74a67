package io.aviary.controller.machine;

import io.aviary.analysis.SequentialJudge;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.spec.AnalysisPlan;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.RunProgress;
import io.aviary.controller.status.TrafficState;
import io.aviary.controller.status.Verdict;
import java.util.List;

/**
 * One tick of a {@code Progressing} run, in Flagger's order: pre-rollout webhooks must pass before the canary gets
 * traffic; the first passing tick routes the first traffic; every later tick judges the checks and, when they pass,
 * advances. With a sequential judge, {@link SequentialJudgement} decides the later ticks.
 */
final class Progression {

  private Progression() {}

  static Step tick(Tick tick, Step step) {
    RunProgress run = step.status().run();
    if (!run.preRolloutPassed()) {
      return preRollout(tick, step);
    }
    if (!run.trafficStarted()) {
      return startTraffic(tick, step);
    }
    CheckOutcome outcome = CheckEvaluator.evaluate(tick.spec().analysis().metrics(), tick.observations());
    SequentialJudge judge = tick.spec().analysis().judge();
    if (judge != null) {
      return SequentialJudgement.progress(tick, step, outcome, judge);
    }
    return outcome.passed() ? Advancement.advance(tick, step, outcome) : Judgement.settle(tick, step, outcome);
  }

  private static Step preRollout(Tick tick, Step step) {
    if (tick.allPassed(HookType.PRE_ROLLOUT)) {
      Step passed = step.status(status -> status.withRun(status.run().withPreRolloutPassed()));
      return startTraffic(tick, tick.note(passed, "PreRolloutPassed", "pre-rollout webhooks passed"));
    }
    List<CheckRecord> answers = tick.observations().webhooks(HookType.PRE_ROLLOUT).stream()
        .map(Progression::hookRecord).toList();
    CheckOutcome outcome = new CheckOutcome(answers.isEmpty()
        ? List.of(new CheckRecord("pre-rollout", null, null, null, Verdict.NO_DATA, "pre-rollout not answered yet"))
        : answers);
    return Judgement.settle(tick, step, outcome);
  }

  private static CheckRecord hookRecord(WebhookResult result) {
    return new CheckRecord(result.name(), null, null, null, result.passed() ? Verdict.PASS : Verdict.FAIL,
        "%s webhook %s %s: %s".formatted(result.type().wireName(), result.name(),
            result.passed() ? "passed" : "failed", result.detail()));
  }

  /**
   * Routes the first traffic the strategy gives the canary; it is measured from the next tick on. A sequential judge
   * starts here, taking its latency thresholds from this tick's primary, before any canary request is judged.
   */
  private static Step startTraffic(Tick tick, Step step) {
    AnalysisPlan plan = tick.spec().analysis();
    TrafficState traffic = step.status().traffic();
    TrafficState first = switch (plan.strategy()) {
      case CANARY -> plan.mirroring().enabled()
          ? traffic.withMirroring(true)
          : traffic.withCanaryWeight(plan.weights().next(0));
      case AB_TESTING -> traffic;
      case BLUE_GREEN -> traffic.withMirroring(plan.mirroring().enabled());
    };
    SequentialJudge judge = plan.judge();
    Step routed = step.with(Routes.during(plan, first))
        .status(status -> status.withTraffic(first).withRun(status.run().withTrafficStarted(tick.now()))
            .withJudge(judge == null ? null : judge.start(tick.now(), JudgeInput.of(tick.observations().traffic()))));
    return tick.record(routed, Severity.NORMAL, "Advanced", describeStart(plan, first), List.of());
  }

  private static String describeStart(AnalysisPlan plan, TrafficState first) {
    return switch (plan.strategy()) {
      case CANARY -> first.mirroring()
          ? "mirroring %d%% of traffic to %s before shifting any"
              .formatted(plan.mirroring().percent(), first.canarySubset())
          : "canary weight %d".formatted(first.canaryWeight());
      case AB_TESTING -> "matching requests to %s for %d iterations".formatted(first.canarySubset(), plan.iterations());
      case BLUE_GREEN -> "%s under test without user traffic%s for %d iterations".formatted(first.canarySubset(),
          first.mirroring() ? " (mirrored)" : "", plan.iterations());
    };
  }
}
