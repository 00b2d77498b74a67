package io.aviary.analysis;

/**
 * One canary-versus-primary metric (5xx, or requests slower than a threshold): its grid centred on the tolerated
 * ratio {@code psi0}, its share of alpha (Bonferroni, doc §5.1) and the evidence test for advancing (doc §5.4): null
 * "canary at least {@code harm} x worse", alternatives below it, level {@code beta}; and how much clustering of events
 * it discounts ({@code dispersion}, see {@link RatioGrid#accumulate(double[], long, long, double, double)}).
 * Immutable and shared by all runs.
 */
final class ComparisonTest {

  /** Alternatives per test and how far above the null they reach (doc §3.1: 16 points up to 64x is about as fast). */
  static final int WIDTH = 16;
  static final double MAX_FACTOR = 64;

  private final String metric;
  private final RatioGrid grid;
  private final double alpha;
  private final double logThreshold;
  private final int harmIndex;
  private final double dispersion;
  private final double logEvidenceThreshold;

  ComparisonTest(String metric, double psi0, double alpha, double harm, double beta, double dispersion) {
    this.metric = metric;
    this.dispersion = dispersion;
    this.grid = new RatioGrid(psi0, MAX_FACTOR, WIDTH, 2 * WIDTH);
    this.alpha = alpha;
    this.logThreshold = Math.log(1 / alpha);
    this.harmIndex = Math.max(grid.indexAtOrBelow(harm), WIDTH);
    this.logEvidenceThreshold = Math.log(1 / beta);
  }

  ComparisonState empty() {
    return ComparisonState.empty(grid.size());
  }

  /**
   * Adds one tick. A tick in which either version had no requests compares nothing and leaves the e-process as it
   * was (factor 1), as does a tick without events; both still count towards the totals shown.
   */
  ComparisonState update(ComparisonState state, long canaryEvents, long canaryTotal, long stableEvents,
      long stableTotal) {
    double[] next = state.logLikelihoodView().clone();
    long events = canaryEvents + stableEvents;
    if (canaryTotal > 0 && stableTotal > 0 && events > 0) {
      grid.accumulate(next, canaryEvents, events, (double) canaryTotal / stableTotal, dispersion);
    }
    double logE = grid.logWorse(next, grid.centre());
    return state.plus(next, canaryEvents, canaryTotal, stableEvents, stableTotal, logE);
  }

  boolean rejected(ComparisonState state) {
    return state.maxLogE() >= logThreshold;
  }

  /** Whether the canary is shown, now, to be less than {@code harm} x worse. */
  boolean notWorse(ComparisonState state) {
    return grid.logBetter(state.logLikelihoodView(), harmIndex) >= logEvidenceThreshold;
  }

  /** The ratio the evidence test actually bounds: the harm bound rounded down onto the grid. */
  double harmBound() {
    return grid.ratio(harmIndex);
  }

  Finding finding(ComparisonState state) {
    if (rejected(state)) {
      return Finding.WORSE;
    }
    return notWorse(state) ? Finding.NOT_WORSE : Finding.UNDECIDED;
  }

  /**
   * The report; its interval takes each one-sided test at this metric's alpha, so its lower end passes the tolerance
   * when the rollback test rejects, and it covers the ratio with probability {@code 1 - 2 alpha}.
   */
  MetricReport report(ComparisonState state, String subject, Finding finding) {
    double[] logLikelihood = state.logLikelihoodView();
    return new MetricReport(metric, subject, "primary", finding, state.canaryTotal(), state.canaryEvents(),
        state.stableTotal(), state.stableEvents(), Math.exp(grid.logWorse(logLikelihood, grid.centre())), 1 / alpha, state.pValue(),
        grid.estimate(logLikelihood), grid.interval(logLikelihood, logThreshold), 1 - 2 * alpha);
  }

  String metric() {
    return metric;
  }
}
