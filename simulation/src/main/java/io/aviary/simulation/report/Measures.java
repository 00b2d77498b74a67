package io.aviary.simulation.report;

import io.aviary.simulation.policy.Outcome;
import io.aviary.simulation.policy.Outcome.Ending;
import io.aviary.simulation.stats.ClopperPearson;
import io.aviary.simulation.stats.Quantiles;
import io.aviary.simulation.traffic.Scenario;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Summarises one policy's runs of one scenario. On a regression, a rollback at or after the onset is a detection:
 * its time and canary requests are counted from the onset, and {@code badRequestsServed} is the median number of
 * canary requests that were 5xx or slower than the baseline's p99 between the onset and the rollback. A rollback
 * before a late onset (E4) counts as a rollback but not as a detection.
 */
public final class Measures {

  static final double CONFIDENCE = 0.95;

  private Measures() {}

  public static ScenarioResult summarize(String policy, Scenario scenario, Outcome[] runs) {
    int rollbacks = count(runs, Ending.ROLLED_BACK);
    ClopperPearson.Interval interval = ClopperPearson.interval(rollbacks, runs.length, CONFIDENCE);
    Outcome[] detections = scenario.regression()
        ? Arrays.stream(runs).filter(run -> run.ending() == Ending.ROLLED_BACK
            && run.atSecond() >= scenario.onsetSecond()).toArray(Outcome[]::new)
        : new Outcome[0];
    Outcome[] promotions = Arrays.stream(runs).filter(run -> run.ending() == Ending.PROMOTED).toArray(Outcome[]::new);
    int onset = scenario.onsetSecond();
    return new ScenarioResult(policy, scenario.id(), runs.length, rollbacks, (double) rollbacks / runs.length,
        interval,
        scenario.regression() ? count(runs, Ending.PROMOTED) : null,
        quantile(detections, run -> run.atSecond() - onset, 0.5),
        quantile(detections, run -> run.atSecond() - onset, 0.9),
        quantile(detections, Outcome::canaryRequestsSinceOnset, 0.5),
        quantile(detections, Outcome::canaryRequestsSinceOnset, 0.9),
        quantile(detections, Outcome::badRequestsSinceOnset, 0.5),
        quantile(promotions, Outcome::atSecond, 0.5),
        Arrays.stream(runs).filter(run -> run.ending() == Ending.ROLLED_BACK).map(Outcome::decision).findFirst()
            .orElse(null));
  }

  private static int count(Outcome[] runs, Ending ending) {
    return (int) Arrays.stream(runs).filter(run -> run.ending() == ending).count();
  }

  private static @Nullable Double quantile(Outcome[] runs, ToDoubleFunction<Outcome> figure, double p) {
    OptionalDouble value = Quantiles.of(Arrays.stream(runs).mapToDouble(figure).toArray(), p);
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
