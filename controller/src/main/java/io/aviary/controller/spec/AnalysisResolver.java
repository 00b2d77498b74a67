package io.aviary.controller.spec;

import io.aviary.model.flagger.Canary.Analysis;
import io.aviary.model.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Applies Flagger's analysis defaults: interval 60s, threshold 1, maxWeight 100, mirrorWeight 100 when mirroring,
 * session cookies for 86400s; and Aviary's {@code judge} ({@link JudgeResolver}). Shared by Aviary's and Flagger's
 * Canary, whose analysis is the same record.
 *
 * <p>Flagger raises intervals below 10s to 10s because each tick queries Prometheus, which scrapes every few
 * seconds; embedded mode reads the gateway's own per-second telemetry, so intervals down to {@link #MIN_INTERVAL}
 * (1s) are honoured, as the embedded demo and a user watching a local rollout need.
 */
final class AnalysisResolver {

  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
  static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
  static final Duration DEFAULT_COOKIE_AGE = Duration.ofSeconds(86_400);

  private final MetricResolver metrics = new MetricResolver();
  private final WebhookResolver webhooks = new WebhookResolver();
  private final JudgeResolver judges = new JudgeResolver();

  AnalysisPlan resolve(Analysis analysis, List<String> problems) {
    int iterations = nonNegative("analysis.iterations", analysis.iterations(), problems);
    Strategy strategy = Strategy.of(analysis.match(), iterations);
    WeightSchedule weights = weights(analysis, strategy, problems);
    SessionAffinity affinity = affinity(analysis.sessionAffinity());
    return new AnalysisPlan(
        interval(analysis.interval(), problems),
        analysis.threshold() == null || analysis.threshold() <= 0 ? 1 : analysis.threshold(),
        strategy,
        weights,
        iterations,
        analysis.match(),
        mirroring(analysis, problems),
        affinity,
        analysis.metrics().stream().map(m -> metrics.resolve(m, problems)).filter(Objects::nonNull).toList(),
        webhooks.resolveAll(analysis.webhooks(), problems),
        judges.resolve(analysis.judge(), strategy, affinity != null, problems));
  }

  private static Duration interval(@Nullable String text, List<String> problems) {
    if (text == null) {
      return DEFAULT_INTERVAL;
    }
    Duration interval = GoDuration.parse(text).orElse(null);
    if (interval == null || interval.isNegative() || interval.isZero()) {
      problems.add("analysis.interval: %s (expected: a positive duration such as 30s or 1m)".formatted(text));
      return DEFAULT_INTERVAL;
    }
    return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
  }

  private static WeightSchedule weights(Analysis analysis, Strategy strategy, List<String> problems) {
    int max = percent("analysis.maxWeight", analysis.maxWeight(), 100, problems);
    int step = percent("analysis.stepWeight", analysis.stepWeight(), 0, problems);
    int promotion = percent("analysis.stepWeightPromotion", analysis.stepWeightPromotion(), 0, problems);
    List<Integer> steps = analysis.stepWeights();
    for (int i = 0; i < steps.size(); i++) {
      boolean rising = i == 0 || steps.get(i) > steps.get(i - 1);
      if (steps.get(i) < 1 || steps.get(i) > 100 || !rising) {
        problems.add("analysis.stepWeights[%d]: %d (expected: 1..100, each above the one before)"
            .formatted(i, steps.get(i)));
      }
    }
    if (strategy == Strategy.CANARY && step == 0 && steps.isEmpty()) {
      problems.add("analysis.stepWeight: missing (expected: stepWeight, stepWeights or iterations)");
    }
    return new WeightSchedule(max, step, steps, promotion);
  }

  private static Mirroring mirroring(Analysis analysis, List<String> problems) {
    if (!Boolean.TRUE.equals(analysis.mirror())) {
      return Mirroring.OFF;
    }
    int percent = percent("analysis.mirrorWeight", analysis.mirrorWeight(), 100, problems);
    return new Mirroring(true, percent == 0 ? 100 : percent);
  }

  private static @Nullable SessionAffinity affinity(
      io.aviary.model.flagger.Canary.@Nullable SessionAffinity affinity) {
    if (affinity == null || affinity.cookieName() == null || affinity.cookieName().isBlank()) {
      return null;
    }
    Integer maxAge = affinity.maxAge();
    Duration age = maxAge == null || maxAge <= 0 ? DEFAULT_COOKIE_AGE : Duration.ofSeconds(maxAge);
    return new SessionAffinity(affinity.cookieName(), age);
  }

  private static int percent(String field, @Nullable Integer value, int absent, List<String> problems) {
    if (value == null) {
      return absent;
    }
    if (value < 0 || value > 100) {
      problems.add("%s: %d (expected: 0..100)".formatted(field, value));
      return absent;
    }
    return value;
  }

  private static int nonNegative(String field, @Nullable Integer value, List<String> problems) {
    if (value != null && value < 0) {
      problems.add("%s: %d (expected: 0 or more)".formatted(field, value));
      return 0;
    }
    return value == null ? 0 : value;
  }
}
