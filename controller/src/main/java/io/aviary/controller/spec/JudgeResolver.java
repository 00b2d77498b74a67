package io.aviary.controller.spec;

import io.aviary.analysis.JudgeConfig;
import io.aviary.analysis.SequentialJudge;
import io.aviary.model.GoDuration;
import io.aviary.model.aviary.Judge;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@code analysis.judge}: absent or {@code type: threshold} is Flagger's rule alone (null); {@code type:
 * sequential} builds the judge with {@link JudgeConfig}'s defaults for every field left out. Each bad value is a
 * problem naming its field, e.g. {@code analysis.judge.alpha: 2 (expected: 0 < alpha < 1)}.
 */
final class JudgeResolver {

  private static final String FIELD = "analysis.judge.";

  @Nullable SequentialJudge resolve(@Nullable Judge judge, Strategy strategy, boolean sessionAffinity,
      List<String> problems) {
    if (judge == null || judge.type() == null || judge.type().equals("threshold")) {
      return null;
    }
    if (!judge.type().equals("sequential")) {
      problems.add(FIELD + "type: %s (expected: sequential or threshold)".formatted(judge.type()));
      return null;
    }
    if (strategy != Strategy.CANARY) {
      problems.add(FIELD + "type: sequential (expected: threshold for A/B testing and Blue/Green, which send no "
          + "weighted share of all users to the canary to compare)");
      return null;
    }
    int before = problems.size();
    JudgeConfig config = config(judge, sessionAffinity, problems);
    return problems.size() > before ? null : new SequentialJudge(config);
  }

  private static JudgeConfig config(Judge judge, boolean sessionAffinity, List<String> problems) {
    JudgeConfig d = JudgeConfig.defaults();
    double alpha = number("alpha", judge.alpha(), d.alpha(), 0, 1, "0 < alpha < 1", problems);
    double tolerance = closed("errorTolerance", judge.errorTolerance(), d.errorTolerance(), 1, 16, problems);
    double dispersion = closed("errorDispersion", judge.errorDispersion(), d.errorDispersion(), 1, 10, problems);
    List<Double> quantiles = quantiles(judge.latencyQuantiles(), d.latencyQuantiles(), problems);
    double latencyTolerance = closed("latencyTolerance", judge.latencyTolerance(), d.latencyTolerance(), 0, 10,
        problems);
    Duration warmup = warmup(judge.warmup(), problems);
    long minRequests = judge.minCanaryRequests() == null ? d.minCanaryRequests() : judge.minCanaryRequests();
    if (minRequests < 0) {
      problems.add(FIELD + "minCanaryRequests: %d (expected: 0 or more)".formatted(minRequests));
      minRequests = d.minCanaryRequests();
    }
    double harm = number("harmRatio", judge.harmRatio(), d.harmRatio(), 1, 64.000001, "1 < harmRatio <= 64",
        problems);
    boolean advance = Boolean.TRUE.equals(judge.advanceOnEvidence());
    double slo = number("minSuccessRate", judge.minSuccessRate(), 0, 0, 100, "a percentage, 0 < rate < 100",
        problems);
    double margin = number("errorMargin", judge.errorMargin(), 0, 0, 100, "percentage points, 0 < margin < 100",
        problems);
    // Sticky sessions pin users to a version, so the realised split says nothing about routing: no split check.
    return new JudgeConfig(alpha, tolerance, dispersion, quantiles, latencyTolerance, warmup, minRequests, advance,
        harm, d.evidenceLevel(), !sessionAffinity, d.splitAlpha(), slo, margin);
  }

  /** A value in the open interval {@code (low, high)}. */
  private static double number(String field, @Nullable Double value, double absent, double low, double high,
      String expected, List<String> problems) {
    if (value == null) {
      return absent;
    }
    if (!(value > low && value < high)) {
      problems.add(FIELD + "%s: %s (expected: %s)".formatted(field, MetricCheck.format(value), expected));
      return absent;
    }
    return value;
  }

  /** A value in the closed interval {@code [low, high]}. */
  private static double closed(String field, @Nullable Double value, double absent, double low, double high,
      List<String> problems) {
    if (value != null && !(value >= low && value <= high)) {
      problems.add(FIELD + "%s: %s (expected: %s..%s)".formatted(field, MetricCheck.format(value),
          MetricCheck.format(low), MetricCheck.format(high)));
      return absent;
    }
    return value == null ? absent : value;
  }

  private static List<Double> quantiles(@Nullable List<Double> values, List<Double> absent, List<String> problems) {
    if (values == null) {
      return absent;
    }
    for (int i = 0; i < values.size(); i++) {
      double value = values.get(i);
      if (!(value > 0 && value < 100)) {
        problems.add(FIELD + "latencyQuantiles[%d]: %s (expected: a percentile, 0 < q < 100)"
            .formatted(i, MetricCheck.format(value)));
        return absent;
      }
    }
    return values;
  }

  private static Duration warmup(@Nullable String text, List<String> problems) {
    if (text == null) {
      return JudgeConfig.DEFAULT_WARMUP;
    }
    Duration warmup = GoDuration.parse(text).orElse(null);
    if (warmup == null || warmup.isNegative()) {
      problems.add(FIELD + "warmup: %s (expected: a duration such as 0s, 30s or 2m)".formatted(text));
      return JudgeConfig.DEFAULT_WARMUP;
    }
    return warmup;
  }
}
