package io.aviary.validation.canary;

import io.aviary.model.flagger.Canary;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import io.aviary.model.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The numbers a canary run is driven by, checked before a run rather than discovered half-way: AVY0104 for a
 * weight, threshold or iteration count out of range (weights are percentages of traffic, steps must make
 * progress), AVY0105 for an interval that is not a positive Go duration. Flagger's schema only says "number".
 */
public final class CanaryAnalysisCheck implements Analyzer {

  public static final String OUT_OF_RANGE = "AVY0104";
  public static final String BAD_INTERVAL = "AVY0105";
  private static final String ANALYSIS = "/spec/analysis/";

  @Override
  public Set<String> codes() {
    return Set.of(OUT_OF_RANGE, BAD_INTERVAL);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Canary canary : context.resources().canaries()) {
      Canary.Analysis analysis = canary.spec().analysis();
      if (analysis != null) {
        checkWeights(canary, analysis, findings);
        checkStepWeights(canary, analysis.stepWeights(), findings);
        checkCounts(canary, analysis, findings);
        checkInterval(canary, analysis.interval(), findings);
      }
    }
  }

  private void checkWeights(Canary canary, Canary.Analysis analysis, Findings findings) {
    Integer step = analysis.stepWeight();
    Integer max = analysis.maxWeight();
    boolean stepValid = step == null || inPercentRange(canary, "stepWeight", step, findings);
    boolean maxValid = max == null || inPercentRange(canary, "maxWeight", max, findings);
    if (stepValid && maxValid && step != null && max != null && step > max) {
      outOfRange(canary, "stepWeight", "stepWeight: %d (expected: at most maxWeight %d)".formatted(step, max),
          findings);
    }
  }

  private void checkStepWeights(Canary canary, List<Integer> stepWeights, Findings findings) {
    for (int i = 0; i < stepWeights.size(); i++) {
      int weight = stepWeights.get(i);
      String field = "stepWeights/" + i;
      if (weight < 1 || weight > 100) {
        outOfRange(canary, field, "stepWeights[%d]: %d (expected: 1..100)".formatted(i, weight), findings);
      } else if (i > 0 && weight <= stepWeights.get(i - 1)) {
        outOfRange(canary, field, "stepWeights[%d]: %d (expected: more than stepWeights[%d] %d)"
            .formatted(i, weight, i - 1, stepWeights.get(i - 1)), findings);
      }
    }
  }

  private void checkCounts(Canary canary, Canary.Analysis analysis, Findings findings) {
    Integer threshold = analysis.threshold();
    if (threshold != null && threshold < 1) {
      outOfRange(canary, "threshold", "threshold: %d (expected: 1 or more)".formatted(threshold), findings);
    }
    Integer iterations = analysis.iterations();
    if (iterations != null && iterations < 0) {
      outOfRange(canary, "iterations", "iterations: %d (expected: 0 or more)".formatted(iterations), findings);
    }
  }

  private void checkInterval(Canary canary, String interval, Findings findings) {
    if (interval == null) {
      return;
    }
    boolean positive = GoDuration.parse(interval).filter(d -> d.compareTo(Duration.ZERO) > 0).isPresent();
    if (!positive) {
      findings.report(canary, ANALYSIS + "interval", BAD_INTERVAL, Level.Error,
          "interval: %s (expected: a positive duration such as 30s or 1m)".formatted(interval));
    }
  }

  private boolean inPercentRange(Canary canary, String field, int value, Findings findings) {
    if (value >= 1 && value <= 100) {
      return true;
    }
    outOfRange(canary, field, "%s: %d (expected: 1..100)".formatted(field, value), findings);
    return false;
  }

  private static void outOfRange(Canary canary, String field, String message, Findings findings) {
    findings.report(canary, ANALYSIS + field, OUT_OF_RANGE, Level.Error, message);
  }
}
