package io.aviary.analysis;

/**
 * The sample-ratio-mismatch guard (doc §3.1, "SRM"): are requests split as the weights say? Every comparison rests on
 * requests being assigned at random in the configured proportions; a canary that gets only some users, retries, or a
 * routing rule the controller does not own breaks that. The same conditional test as the metrics, on request counts
 * against the configured share of each tick, two-sided (the mean of the "more" and "less" mixtures), with its own
 * small alpha: it halts the run, it does not roll it back.
 */
final class SplitCheck {

  /** Odds ratios up to 4x either way, finer near 1 than the metrics' grid: a mismatch is usually modest. */
  private static final double MAX_FACTOR = 4;

  private final RatioGrid grid = new RatioGrid(1, MAX_FACTOR, ComparisonTest.WIDTH, ComparisonTest.WIDTH);
  private final double alpha;
  private final double logThreshold;

  SplitCheck(double alpha) {
    this.alpha = alpha;
    this.logThreshold = Math.log(1 / alpha);
  }

  ComparisonState empty() {
    return ComparisonState.empty(grid.size());
  }

  /** Adds a tick at {@code canaryWeight} percent; ticks at 0 or 100 percent say nothing about the split. */
  ComparisonState update(ComparisonState state, long canaryRequests, long stableRequests, int canaryWeight) {
    if (canaryWeight <= 0 || canaryWeight >= 100 || canaryRequests + stableRequests == 0) {
      return state;
    }
    double[] next = state.logLikelihoodView().clone();
    grid.accumulate(next, canaryRequests, canaryRequests + stableRequests, canaryWeight / (100.0 - canaryWeight));
    return state.plus(next, canaryRequests, canaryRequests + stableRequests, 0, 0, logE(next));
  }

  private double logE(double[] logLikelihood) {
    double more = grid.logWorse(logLikelihood, grid.centre());
    double less = grid.logBetter(logLikelihood, grid.centre());
    double max = Math.max(more, less);
    return max + Math.log(0.5 * Math.exp(more - max) + 0.5 * Math.exp(less - max));
  }

  boolean mismatched(ComparisonState state) {
    return state.maxLogE() >= logThreshold;
  }

  /** Counts here are canary requests out of all requests; the ratio is realised over configured odds. */
  MetricReport report(ComparisonState state) {
    double[] logLikelihood = state.logLikelihoodView();
    return new MetricReport("split", "request odds", "the configured odds",
        mismatched(state) ? Finding.MISMATCH : Finding.UNDECIDED, state.canaryTotal(), state.canaryEvents(),
        state.canaryTotal(), state.canaryTotal() - state.canaryEvents(), Math.exp(logE(logLikelihood)), 1 / alpha,
        state.pValue(), grid.estimate(logLikelihood), new RatioInterval(0, Double.POSITIVE_INFINITY), 1 - alpha);
  }
}
