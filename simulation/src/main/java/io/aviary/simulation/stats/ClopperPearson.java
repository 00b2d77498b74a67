package io.aviary.simulation.stats;

import io.aviary.analysis.BetaFunctions;

/**
 * The exact (Clopper-Pearson) confidence interval for a binomial proportion: the bounds are beta quantiles,
 * {@code lo = B^-1(alpha/2; k, n - k + 1)} and {@code hi = B^-1(1 - alpha/2; k + 1, n - k)}, with 0 and 1 at the
 * ends. Conservative, which is what a claim such as "false rollbacks at most 1.5 %" needs.
 */
public final class ClopperPearson {

  private static final int BISECTIONS = 200;

  private ClopperPearson() {}

  /** The two-sided interval for {@code successes} out of {@code trials} at {@code confidence} (e.g. 0.95). */
  public static Interval interval(long successes, long trials, double confidence) {
    if (trials <= 0 || successes < 0 || successes > trials || !(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("successes %d, trials %d, confidence %s (expected: 0 <= successes <= trials, "
          .formatted(successes, trials, confidence) + "trials > 0, 0 < confidence < 1)");
    }
    double tail = (1 - confidence) / 2;
    double lo = successes == 0 ? 0 : betaQuantile(tail, successes, trials - successes + 1);
    double hi = successes == trials ? 1 : betaQuantile(1 - tail, successes + 1, trials - successes);
    return new Interval(lo, hi);
  }

  /**
   * The {@code p} quantile of Beta(a, b) by bisection on its distribution function: slow next to Newton but safe
   * for every shape, and a benchmark asks for a few dozen intervals.
   */
  public static double betaQuantile(double p, double a, double b) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < BISECTIONS && hi - lo > 1e-16; i++) {
      double mid = 0.5 * (lo + hi);
      if (BetaFunctions.regularizedBeta(mid, a, b) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** A closed interval {@code [lo, hi]} of proportions. */
  public record Interval(double lo, double hi) {}
}
