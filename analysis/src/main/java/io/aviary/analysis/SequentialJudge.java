package io.aviary.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point of the sequential judge: {@code (state, tick counts) -> (state', verdict)}.
 *
 * <p>Per tick it compares the canary with the primary within the tick (doc §3.1), so load, time of day and weight
 * changes shared by both versions cancel: 5xx, and for each latency quantile the requests slower than the primary's
 * threshold (doc §4.3). Each metric holds its Bonferroni share of alpha for the whole run (doc §5.1); a rejection is
 * final and means roll back. A sample-ratio check halts a run whose requests are not split as configured; ticks
 * without canary traffic and warm-up ticks hold; evidence that the canary is not worse than a harm bound may advance
 * a step (doc §5.4).
 *
 * <p>Built once per configuration (the grids are precomputed) and immutable, so one instance serves every run and
 * thread. A tick costs a few hundred logs and exps, microseconds.
 */
public final class SequentialJudge {

  private final JudgeConfig config;
  private final ComparisonTest errors;
  private final List<ComparisonTest> latency;
  private final SplitCheck split;
  private final @Nullable SuccessRateTest successRate;
  private final @Nullable MarginTest margin;
  private final double errorAlpha;
  private final QuantileSequence p99;

  public SequentialJudge(JudgeConfig config) {
    this.config = config;
    int quantiles = config.latencyQuantiles().size();
    boolean slo = config.minSuccessRate() > 0;
    double share = config.alpha() / (1 + (quantiles > 0 ? 1 : 0) + (slo ? 1 : 0));
    this.errorAlpha = share;
    this.errors = new ComparisonTest("errors", config.errorTolerance(), share,
        Math.max(config.harmRatio(), config.errorTolerance()), config.evidenceLevel(), config.errorDispersion());
    this.latency = config.latencyQuantiles().stream()
        .map(q -> new ComparisonTest("latency-p" + Numbers.significant(q, 4), 1, share / quantiles,
            config.harmRatio(), config.evidenceLevel(), 1))
        .toList();
    this.split = new SplitCheck(config.splitAlpha());
    this.successRate = slo
        ? new SuccessRateTest(1 - config.minSuccessRate() / 100, share, SuccessRateTest.OPTIMAL_REQUESTS)
        : null;
    this.margin = config.errorMargin() > 0 ? new MarginTest(config.errorMargin() / 100, share) : null;
    this.p99 = new QuantileSequence(config.alpha());
  }

  public JudgeConfig config() {
    return config;
  }

  /**
   * A new run whose canary got its first traffic at {@code trafficStart}. {@code before}, the counts of the tick that
   * ended then, supplies the primary's latency thresholds, so they are fixed before the canary is judged; without
   * it the first judged tick supplies them and its latency is not judged.
   */
  public JudgeState start(Instant trafficStart, @Nullable TickCounts before) {
    JudgeState fresh = new JudgeState(trafficStart, trafficStart, List.of(), errors.empty(), List.of(),
        split.empty(), ComparisonState.empty(0), ComparisonState.empty(0), -1, 0, null);
    return before == null ? fresh : fixThresholds(fresh, before.stable().latency());
  }

  /** Judges the tick that ends at {@code now}; {@code tick} null means the driver had no counts for it. */
  public JudgeResult judge(JudgeState state, @Nullable TickCounts tick, Instant now) {
    Instant sampleStart = state.lastSampleAt();
    JudgeState timed = state.sampledAt(now);
    if (tick == null) {
      return hold(timed, "no traffic counts for this tick; holding");
    }
    if (sampleStart.isBefore(state.startedAt().plus(config.warmup()))) {
      JudgeState fixed = timed.latencyThresholds().isEmpty() ? fixThresholds(timed, tick.stable().latency()) : timed;
      return new JudgeResult(fixed, new JudgeVerdict(Outcome.HOLD, "warm-up: ticks until " + config.warmup().toSeconds()
          + "s after the canary's first traffic are excluded; holding", excludedReports()));
    }
    JudgeState judged = update(timed, tick);
    return new JudgeResult(judged, decide(judged, tick));
  }

  private JudgeState update(JudgeState state, TickCounts tick) {
    VersionCounts canary = tick.canary();
    VersionCounts stable = tick.stable();
    ComparisonState nextSplit = config.checkSplit()
        ? split.update(state.split(), canary.requests(), stable.requests(), tick.canaryWeight())
        : state.split();
    ComparisonState nextErrors = errors.update(state.errors(), canary.errors(), canary.requests(), stable.errors(),
        stable.requests());
    ComparisonState nextSuccessRate = successRate == null ? state.successRate()
        : successRate.update(state.successRate(), canary.errors(), canary.requests());
    ComparisonState nextMargin = margin == null ? state.margin() : margin.update(state.margin(), nextErrors);
    if (state.latencyThresholds().isEmpty()) {
      JudgeState fixed = fixThresholds(state, stable.latency());
      return fixed.withTests(nextErrors, fixed.latency(), nextSplit, nextSuccessRate, nextMargin)
          .countedInStep(tick.canaryWeight(), canary.requests());
    }
    LatencyLadder ladder = state.p99();
    JudgeState laddered = ladder == null ? state
        : state.withLadder(p99.add(ladder, stable.latency(), canary.latency()));
    List<ComparisonState> nextLatency = new ArrayList<>(latency.size());
    for (int i = 0; i < latency.size(); i++) {
      double threshold = state.latencyThresholds().get(i);
      nextLatency.add(latency.get(i).update(state.latency().get(i),
          canary.latency().countSlowerThan(threshold * (1 + config.latencyTolerance())), canary.latency().count(),
          stable.latency().countSlowerThan(threshold), stable.latency().count()));
    }
    return laddered.withTests(nextErrors, nextLatency, nextSplit, nextSuccessRate, nextMargin)
        .countedInStep(tick.canaryWeight(), canary.requests());
  }

  /** Fixes the thresholds from the primary's percentiles, if it had latencies; they never change afterwards. */
  private JudgeState fixThresholds(JudgeState state, LatencyView primary) {
    if (latency.isEmpty() || primary.count() == 0) {
      return state;
    }
    List<Double> thresholds = new ArrayList<>();
    for (double quantile : config.latencyQuantiles()) {
      OptionalDouble value = primary.percentileMillis(quantile);
      if (value.isEmpty() || !(value.getAsDouble() > 0)) {
        return state;
      }
      thresholds.add(value.getAsDouble());
    }
    OptionalDouble base = primary.percentileMillis(99);
    LatencyLadder ladder = base.isPresent() && base.getAsDouble() > 0 ? p99.start(base.getAsDouble()) : null;
    return state.withThresholds(thresholds, latency.stream().map(ComparisonTest::empty).toList(), ladder);
  }

  /**
   * Both versions' p99 confidence sequences, for the decision record; empty before the latency thresholds are fixed
   * or without a latency test. Computed on demand (a few dozen beta functions), not on every tick.
   */
  public Optional<P99Bounds> p99Bounds(JudgeState state) {
    LatencyLadder ladder = state.p99();
    return ladder == null ? Optional.empty() : Optional.of(p99.bounds(ladder));
  }

  private JudgeVerdict decide(JudgeState state, TickCounts tick) {
    List<MetricReport> reports = reports(state);
    for (MetricReport report : reports) {
      if (report.finding() == Finding.WORSE) {
        return new JudgeVerdict(Outcome.ROLL_BACK, report.describe(), reports);
      }
    }
    if (config.checkSplit() && split.mismatched(state.split())) {
      return new JudgeVerdict(Outcome.HALT, "requests are not split as configured, so the versions cannot be "
          + "compared; holding: " + reports.getLast().describe(), reports);
    }
    if (tick.canary().requests() == 0) {
      return new JudgeVerdict(Outcome.HOLD, "no canary requests in this tick; holding", reports);
    }
    if (config.advanceOnEvidence() && state.stepCanaryRequests() >= config.minCanaryRequests() && notWorse(state)) {
      return new JudgeVerdict(Outcome.ADVANCE, "every comparison shows the canary less than "
          + Numbers.ratio(errors.harmBound()) + "x worse after " + state.stepCanaryRequests()
          + " canary requests in this step", reports);
    }
    return new JudgeVerdict(Outcome.CONTINUE, "no evidence against the canary", reports);
  }

  /**
   * Whether the canary-versus-primary comparisons (5xx and every latency threshold) all show the canary less than
   * the harm bound worse. The absolute checks (SLO, margin, split) have no opposite test and only guard.
   */
  private boolean notWorse(JudgeState state) {
    if (!errors.notWorse(state.errors())) {
      return false;
    }
    for (int i = 0; i < state.latency().size(); i++) {
      if (!latency.get(i).notWorse(state.latency().get(i))) {
        return false;
      }
    }
    return true;
  }

  private List<MetricReport> reports(JudgeState state) {
    List<MetricReport> reports = new ArrayList<>();
    reports.addAll(errorReports(state));
    if (successRate != null) {
      reports.add(successRate.report(state.successRate()));
    }
    for (int i = 0; i < state.latency().size(); i++) {
      ComparisonTest test = latency.get(i);
      double threshold = state.latencyThresholds().get(i);
      String subject = "share slower than " + Numbers.ratio(threshold * (1 + config.latencyTolerance()))
          + "ms (primary's " + test.metric().substring("latency-".length()) + " " + Numbers.ratio(threshold)
          + "ms, +" + Numbers.ratio(100 * config.latencyTolerance()) + "% tolerated)";
      reports.add(test.report(state.latency().get(i), subject, test.finding(state.latency().get(i))));
    }
    if (config.checkSplit()) {
      reports.add(split.report(state.split()));
    }
    return reports;
  }

  /**
   * The 5xx report and, with a margin, the margin's. Relative and absolute tolerance are combined by AND (doc §3.3):
   * 5xx is worse only when both tests reject, which keeps alpha whichever of the two nulls holds.
   */
  private List<MetricReport> errorReports(JudgeState state) {
    Finding relative = errors.finding(state.errors());
    if (margin == null) {
      return List.of(errors.report(state.errors(), "5xx rate", relative));
    }
    boolean both = relative == Finding.WORSE && margin.rejected(state.margin());
    Finding combined = relative == Finding.WORSE && !both ? Finding.UNDECIDED : relative;
    return List.of(errors.report(state.errors(), "5xx rate", combined),
        margin.report(state.margin(), errorAlpha, both ? Finding.WORSE : Finding.UNDECIDED));
  }

  private JudgeResult hold(JudgeState state, String reason) {
    return new JudgeResult(state, new JudgeVerdict(Outcome.HOLD, reason, List.of()));
  }

  private List<MetricReport> excludedReports() {
    return List.of(new MetricReport("warm-up", "excluded", "primary", Finding.EXCLUDED, 0, 0, 0, 0, 1,
        1 / config.alpha(), 1, 1, new RatioInterval(0, Double.POSITIVE_INFINITY), 1 - config.alpha()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SequentialJudge that && config.equals(that.config);
  }

  @Override
  public int hashCode() {
    return config.hashCode();
  }

  @Override
  public String toString() {
    return "SequentialJudge" + config;
  }
}
