package io.aviary.simulation.policy;

import io.aviary.analysis.JudgeConfig;
import io.aviary.analysis.SequentialJudge;
import io.aviary.controller.spec.AnalysisPlan;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.simulation.traffic.Scenario;
import java.time.Duration;

/**
 * The Canary the aviary policy runs a scenario with. W1 (a cold start) is judged "with its warm-up window" (issue 5):
 * a canary that is worse only while it warms up must not be rolled back by a policy that excludes warm-up, so the
 * scenario's window is set on the Canary's judge when the user set none. Flagger's threshold checks have no warm-up
 * window, so today the Canary is returned as it is.
 */
public final class ScenarioCanary {

  private ScenarioCanary() {}

  /**
   * MERGE (sequential judge): when {@code spec.analysis().judge()} is set, its {@code config().warmup()} is zero and
   * {@code scenario.warmUpSeconds() > 0}, return a copy whose judge is
   * {@code new SequentialJudge(config with warmup = Duration.ofSeconds(scenario.warmUpSeconds()))} (a new
   * {@code AnalysisPlan} and {@code CanarySpec} with every other field kept).
   */
  public static CanarySpec forScenario(CanarySpec spec, Scenario scenario) {
    SequentialJudge judge = spec.analysis().judge();
    if (judge == null || scenario.warmUpSeconds() == 0 || !judge.config().warmup().isZero()) {
      return spec;
    }
    JudgeConfig warm = judge.config().withWarmup(Duration.ofSeconds(scenario.warmUpSeconds()));
    AnalysisPlan p = spec.analysis();
    AnalysisPlan plan = new AnalysisPlan(p.interval(), p.threshold(), p.strategy(), p.weights(), p.iterations(),
        p.match(), p.mirroring(), p.sessionAffinity(), p.metrics(), p.webhooks(), new SequentialJudge(warm));
    return new CanarySpec(spec.canary(), spec.routing(), plan, spec.progressDeadline(), spec.skipAnalysis(),
        spec.suspend());
  }
}
