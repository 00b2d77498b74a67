package io.aviary.simulation.stats;

import java.util.Arrays;

/**
 * The Mann-Whitney confidence interval for a location shift {@code experiment - control}, as R's
 * {@code wilcox.test(x, y, conf.int = TRUE, correct = TRUE)} computes it with the normal approximation and as
 * Kayenta's {@code MannWhitney} ports it: each bound is the root of
 * {@code f(mu) = (W(mu) - sign(W(mu)) / 2) / sigma(mu) - z} where {@code W(mu)} is the centred rank sum of
 * {@code x - mu} in the pooled sample and {@code sigma} carries the tie correction; the estimate is the root at
 * {@code z = 0}. Roots are found by Brent to an absolute accuracy of 1e-4, and a bound whose function does not change
 * sign on {@code [min x - max y, max x - min y]} is that end, as in R.
 */
public final class MannWhitney {

  private static final double ACCURACY = 1e-4;
  private static final int MAX_EVALUATIONS = 1000;

  private final double[] x;
  private final double[] y;

  private MannWhitney(double[] experiment, double[] control) {
    this.x = experiment.clone();
    this.y = control.clone();
    Arrays.sort(x);
    Arrays.sort(y);
  }

  /**
   * The interval at the two-sided level whose upper normal quantile is {@code z} (2.3263 for Kayenta's 98 %).
   * Both samples must be non-empty and not all equal.
   */
  public static Result interval(double[] experiment, double[] control, double z) {
    if (experiment.length == 0 || control.length == 0) {
      throw new IllegalArgumentException("Mann-Whitney with %d and %d values (expected: both non-empty)"
          .formatted(experiment.length, control.length));
    }
    MannWhitney test = new MannWhitney(experiment, control);
    return new Result(test.root(z), test.root(-z), test.root(0));
  }

  private double root(double z) {
    double lo = x[0] - y[y.length - 1];
    double hi = x[x.length - 1] - y[0];
    if (shifted(lo, z) <= 0) {
      return lo;
    }
    if (shifted(hi, z) >= 0) {
      return hi;
    }
    return BrentRoot.solve(mu -> shifted(mu, z), lo, hi, ACCURACY, MAX_EVALUATIONS);
  }

  /** {@code f(mu)}: one merge of the sorted {@code x - mu} with the sorted {@code y}, ranking ties by their average. */
  private double shifted(double mu, double z) {
    int nx = x.length;
    int ny = y.length;
    double rankSumX = 0;
    double ties = 0;
    int i = 0;
    int j = 0;
    int rank = 0;
    while (i < nx || j < ny) {
      double value = i < nx && (j >= ny || x[i] - mu <= y[j]) ? x[i] - mu : y[j];
      int fromX = 0;
      int group = 0;
      while (i < nx && x[i] - mu == value) {
        i++;
        fromX++;
        group++;
      }
      while (j < ny && y[j] == value) {
        j++;
        group++;
      }
      rankSumX += fromX * (rank + (group + 1) / 2.0);
      ties += (double) group * group * group - group;
      rank += group;
    }
    double n = nx + ny;
    double w = rankSumX - nx * (nx + 1) / 2.0 - nx * (double) ny / 2;
    double sigma = Math.sqrt((nx * (double) ny / 12) * ((n + 1) - ties / (n * (n - 1))));
    if (sigma == 0) {
      return -z;
    }
    return (w - Math.signum(w) * 0.5) / sigma - z;
  }

  /** The bounds of the shift {@code experiment - control} and its (Hodges-Lehmann-like) estimate. */
  public record Result(double lower, double upper, double estimate) {}
}
