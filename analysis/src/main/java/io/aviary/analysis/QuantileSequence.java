package io.aviary.analysis;

/**
 * Anytime-valid confidence sequences for each version's p99, for people to read (doc §4.2): "canary p99 in [212ms,
 * 260ms], primary p99 in [150ms, 171ms]". Requests slower than each rung of a ladder (the primary's starting p99
 * times 1.1^k) are counted per version; a rung is a certain upper bound of the p99 once the one-sided beta-binomial
 * mixture rejects "at most 99% of requests are at or below it", and a certain lower bound once it rejects "at most 1%
 * are above it". Counts fall monotonically along the ladder, so of all rungs on the wrong side of the true p99 only
 * the nearest can be the first to err: each side holds at alpha/2 without a multiplicity correction. Bounds are as
 * coarse as the ladder (15% steps from 0.57x to 2.7x the starting p99) and open-ended beyond it; ten rungs keep the
 * per-tick cost at twenty exceedance counts.
 */
final class QuantileSequence {

  static final int RUNGS = 10;
  private static final int BELOW_BASE = 4;
  private static final double STEP = 1.15;
  private static final double QUANTILE = 0.99;

  private final SuccessRateTest atOrBelow;
  private final SuccessRateTest above;
  private final double logThreshold;
  private final double confidence;

  QuantileSequence(double alpha) {
    this.atOrBelow = new SuccessRateTest(QUANTILE, alpha / 2, SuccessRateTest.OPTIMAL_REQUESTS);
    this.above = new SuccessRateTest(1 - QUANTILE, alpha / 2, SuccessRateTest.OPTIMAL_REQUESTS);
    this.logThreshold = Math.log(2 / alpha);
    this.confidence = 1 - alpha;
  }

  LatencyLadder start(double baseMillis) {
    return new LatencyLadder(baseMillis, 0, new long[RUNGS], 0, new long[RUNGS]);
  }

  LatencyLadder add(LatencyLadder ladder, LatencyView stable, LatencyView canary) {
    long[] stableSlower = ladder.stableView().clone();
    long[] canarySlower = ladder.canaryView().clone();
    for (int k = 0; k < RUNGS; k++) {
      double rung = rung(ladder.baseMillis(), k);
      stableSlower[k] += stable.countSlowerThan(rung);
      canarySlower[k] += canary.countSlowerThan(rung);
    }
    return new LatencyLadder(ladder.baseMillis(), ladder.stableTotal() + stable.count(), stableSlower,
        ladder.canaryTotal() + canary.count(), canarySlower);
  }

  P99Bounds bounds(LatencyLadder ladder) {
    return new P99Bounds(
        interval(ladder.baseMillis(), ladder.canaryTotal(), ladder.canaryView()),
        interval(ladder.baseMillis(), ladder.stableTotal(), ladder.stableView()), confidence);
  }

  private QuantileInterval interval(double base, long total, long[] slower) {
    double low = 0;
    for (int k = RUNGS - 1; k >= 0; k--) {
      if (above.logE(total, slower[k]) >= logThreshold) {
        low = rung(base, k);
        break;
      }
    }
    double high = Double.POSITIVE_INFINITY;
    for (int k = 0; k < RUNGS; k++) {
      if (atOrBelow.logE(total, total - slower[k]) >= logThreshold) {
        high = rung(base, k);
        break;
      }
    }
    return new QuantileInterval(low, high);
  }

  static double rung(double base, int k) {
    return base * Math.pow(STEP, k - BELOW_BASE);
  }

}
