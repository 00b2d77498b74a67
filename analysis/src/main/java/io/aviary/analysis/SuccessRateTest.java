package io.aviary.analysis;

/**
 * The anytime-valid form of Flagger's {@code request-success-rate} threshold (doc §3.2): H0 "the canary's 5xx rate is
 * at most {@code p0}", tested with Howard et al.'s one-sided beta-binomial mixture on the canary's totals. The prior
 * is {@code Beta(r/q0, r/p0)} truncated to rates above {@code p0}, tuned so the boundary is tightest after
 * {@code optimalRequests} canary requests. Unlike the comparative tests it blames a canary for errors the primary has
 * too, which is what an absolute SLO means; but its false-rollback rate is bounded by alpha, unlike Flagger's.
 */
final class SuccessRateTest {

  /** Where the boundary is tightest: about a minute of a small canary's traffic. */
  static final long OPTIMAL_REQUESTS = 1000;

  private final double p0;
  private final double alpha;
  private final double logThreshold;
  private final double priorA;
  private final double priorB;
  private final double logPriorMass;

  SuccessRateTest(double maxErrorRate, double alpha, long optimalRequests) {
    this.p0 = maxErrorRate;
    this.alpha = alpha;
    this.logThreshold = Math.log(1 / alpha);
    double q0 = 1 - p0;
    double logLevel = Math.log(1 / (2 * alpha));
    double rho = p0 * q0 * optimalRequests / (2 * logLevel + Math.log(1 + 2 * logLevel));
    double r = Math.max(rho - p0 * q0, 1e-3 * p0 * q0);
    this.priorA = r / q0;
    this.priorB = r / p0;
    this.logPriorMass = logUpperMass(priorA, priorB);
  }

  /** ln of the mixture's e-value after {@code errors} 5xx in {@code requests} canary requests. */
  double logE(long requests, long errors) {
    if (requests == 0) {
      return 0;
    }
    double a = priorA + errors;
    double b = priorB + requests - errors;
    return logUpperMass(a, b) - logPriorMass - errors * Math.log(p0) - (requests - errors) * Math.log1p(-p0);
  }

  /** ln of B(a, b) times the Beta(a, b) mass above p0, the latter as I_{1-p0}(b, a) to avoid cancellation. */
  private double logUpperMass(double a, double b) {
    return BetaFunctions.logBeta(a, b) + BetaFunctions.logRegularizedBeta(1 - p0, b, a);
  }

  ComparisonState update(ComparisonState state, long canaryErrors, long canaryRequests) {
    long requests = state.canaryTotal() + canaryRequests;
    long errors = state.canaryEvents() + canaryErrors;
    return state.plus(new double[0], canaryErrors, canaryRequests, 0, 0, logE(requests, errors));
  }

  boolean rejected(ComparisonState state) {
    return state.maxLogE() >= logThreshold;
  }

  MetricReport report(ComparisonState state) {
    double rate = state.canaryTotal() == 0 ? 0 : (double) state.canaryEvents() / state.canaryTotal();
    return new MetricReport("success-rate", "5xx rate", "the SLO's " + Numbers.significant(100 * p0, 3) + "%",
        rejected(state) ? Finding.WORSE : Finding.UNDECIDED, state.canaryTotal(), state.canaryEvents(), 0, 0,
        Math.exp(logE(state.canaryTotal(), state.canaryEvents())), 1 / alpha, state.pValue(), rate / p0,
        new RatioInterval(0, Double.POSITIVE_INFINITY), 1 - alpha);
  }
}
