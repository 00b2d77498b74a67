package io.aviary.analysis;

/**
 * "The canary may be up to {@code m} percentage points worse" (doc §3.3a): a universal-inference e-process
 * (Wasserman, Ramdas and Balakrishnan 2020) on the pooled totals, a Beta(1/2, 1/2) mixture per version over the
 * likelihood maximised on the null {@code p_canary <= p_primary + m}. The maximum is at least the likelihood at the
 * true null rates, so the ratio is bounded by a test martingale at every tick.
 *
 * <p>An additive margin cannot be conditioned on a tick, so this test pools and assumes constant rates; it is only
 * ever combined with the relative test by AND (roll back when both reject), which keeps alpha whichever null holds.
 */
final class MarginTest {

  private static final double PRIOR = 0.5;
  private static final int BISECTIONS = 80;

  private final double margin;
  private final double logThreshold;
  private final double logPrior = BetaFunctions.logBeta(PRIOR, PRIOR);

  MarginTest(double margin, double alpha) {
    this.margin = margin;
    this.logThreshold = Math.log(1 / alpha);
  }

  double logE(long canaryErrors, long canaryRequests, long stableErrors, long stableRequests) {
    if (canaryRequests == 0 || stableRequests == 0) {
      return 0;
    }
    double numerator = BetaFunctions.logBeta(PRIOR + canaryErrors, PRIOR + canaryRequests - canaryErrors) - logPrior
        + BetaFunctions.logBeta(PRIOR + stableErrors, PRIOR + stableRequests - stableErrors) - logPrior;
    return numerator - nullMaximum(canaryErrors, canaryRequests, stableErrors, stableRequests);
  }

  /** The log-likelihood maximised over {@code p_c <= p_p + m}: the free maximum, or the best point on the boundary. */
  private double nullMaximum(long xc, long nc, long xp, long np) {
    double canaryRate = (double) xc / nc;
    double stableRate = (double) xp / np;
    if (canaryRate <= stableRate + margin) {
      return logLikelihood(xc, nc, canaryRate) + logLikelihood(xp, np, stableRate);
    }
    // On p_c = q + m the log-likelihood is concave in q; its derivative falls from +inf to -inf on (0, 1 - m).
    double low = 0;
    double high = 1 - margin;
    for (int i = 0; i < BISECTIONS; i++) {
      double q = (low + high) / 2;
      double slope = xc / (q + margin) - (nc - xc) / (1 - q - margin) + xp / q - (np - xp) / (1 - q);
      if (slope > 0) {
        low = q;
      } else {
        high = q;
      }
    }
    double q = (low + high) / 2;
    return logLikelihood(xc, nc, q + margin) + logLikelihood(xp, np, q);
  }

  private static double logLikelihood(long events, long trials, double rate) {
    double hits = events == 0 ? 0 : events * Math.log(rate);
    double misses = events == trials ? 0 : (trials - events) * Math.log1p(-rate);
    return hits + misses;
  }

  ComparisonState update(ComparisonState state, ComparisonState errors) {
    double logE = logE(errors.canaryEvents(), errors.canaryTotal(), errors.stableEvents(), errors.stableTotal());
    return new ComparisonState(new double[0], errors.canaryTotal(), errors.canaryEvents(), errors.stableTotal(),
        errors.stableEvents(), Math.max(state.maxLogE(), logE));
  }

  boolean rejected(ComparisonState state) {
    return state.maxLogE() >= logThreshold;
  }

  /** The report; {@code finding} is the combined one, since this test alone never rolls back. */
  MetricReport report(ComparisonState state, double alpha, Finding finding) {
    double canaryRate = state.canaryTotal() == 0 ? 0 : (double) state.canaryEvents() / state.canaryTotal();
    double stableRate = state.stableTotal() == 0 ? 0 : (double) state.stableEvents() / state.stableTotal();
    double logE = logE(state.canaryEvents(), state.canaryTotal(), state.stableEvents(), state.stableTotal());
    return new MetricReport("errors-margin", "5xx excess over the primary",
        "the " + Numbers.significant(100 * margin, 3) + "pp margin",
        finding, state.canaryTotal(), state.canaryEvents(),
        state.stableTotal(), state.stableEvents(), Math.exp(logE), 1 / alpha, state.pValue(),
        Math.max(0, canaryRate - stableRate) / margin, new RatioInterval(0, Double.POSITIVE_INFINITY), 1 - alpha);
  }
}
